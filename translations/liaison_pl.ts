<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>liaison::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportCommand</name>
    <message>
        <source>--chart: unknown chart &quot;%1&quot;; use %2.</source>
        <translation>--chart: nieznany wykres „%1”; użyj: %2.</translation>
    </message>
    <message>
        <source>--output: unknown image format &quot;%1&quot; in %2; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>--output: nieznany format obrazu „%1” w %2; użyj .png, .jpg, .jpeg, .svg lub .pdf.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size; write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size: „%1” nie jest rozmiarem; wpisz SZEROKOŚĆxWYSOKOŚĆ, np. 1920x1080.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Wszystkie rekordy</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 × %4).</source>
        <translation>Zapisano %1 (%2, %3 × %4).</translation>
    </message>
    <message>
        <source>note: no training participation is recorded for %1.</source>
        <translation>uwaga: dla %1 nie odnotowano udziału w szkoleniach.</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportDialog</name>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Wymiary obrazu: %1 × %2 px.</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Rozmiar obrazu</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Szerokość:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Wysokość:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <source>As shown (%1 × %2)</source>
        <translation>Jak na ekranie (%1 × %2)</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExporter</name>
    <message>
        <source>%1: unknown image format &quot;%2&quot;; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>%1: nieznany format obrazu „%2”; użyj .png, .jpg, .jpeg, .svg lub .pdf.</translation>
    </message>
    <message>
        <source>%1: the size %2×%3 is outside 100×100 to 10000×10000.</source>
        <translation>%1: rozmiar %2×%3 wykracza poza zakres od 100×100 do 10000×10000.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>Nie można zapisać %1: nie udało się zakodować obrazu.</translation>
    </message>
    <message>
        <source>Chart exported by Liaison</source>
        <translation>Wykres wyeksportowany z programu Liaison</translation>
    </message>
</context>
<context>
    <name>liaison::ChartFactory</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln uczestnik</numerusform>
            <numerusform>%Ln uczestników</numerusform>
            <numerusform>%Ln uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Według lat</translation>
    </message>
    <message>
        <source>By event kind</source>
        <translation>Według rodzajów wydarzeń</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Według instytucji</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Według krajów</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Narastająco</translation>
    </message>
    <message>
        <source>No training participation recorded for %1</source>
        <translation>Dla %1 nie odnotowano udziału w szkoleniach</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: participants by year</source>
        <translation>%1: uczestnicy według lat</translation>
    </message>
    <message>
        <source>%1: participants by event kind</source>
        <translation>%1: uczestnicy według rodzajów wydarzeń</translation>
    </message>
    <message>
        <source>%1: participants by agency</source>
        <translation>%1: uczestnicy według instytucji</translation>
    </message>
    <message>
        <source>%1: participants by country</source>
        <translation>%1: uczestnicy według krajów</translation>
    </message>
    <message>
        <source>%1: participants over time</source>
        <translation>%1: uczestnicy na przestrzeni czasu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>chart title, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Pozostałe</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Bez kraju</translation>
    </message>
    <message>
        <source>Outside projects</source>
        <translation>Poza projektami</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Participants, cumulative</source>
        <translation>Uczestnicy (narastająco)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>liaison::ChartPane</name>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>Nie udało się odczytać danych wykresu: %1</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Nie otwarto żadnej bazy rekordów</translation>
    </message>
    <message>
        <source>%1 has no training participation of its own.</source>
        <translation>%1: brak własnego udziału w szkoleniach.</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>W&amp;ykres:</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>Rodzaj wykresu</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Export the chart as an image or document (Ctrl+E)</source>
        <translation>Eksportuj wykres jako obraz lub dokument (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
        <translation>Kopiuj wykres do schowka (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chart of training participation</source>
        <translation>Wykres udziału w szkoleniach</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Wszystkie rekordy</translation>
    </message>
</context>
<context>
    <name>liaison::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Wyświetla tę pomoc i kończy działanie.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Wyświetla wersję programu i kończy działanie.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ŚCIEŻKA</translation>
    </message>
    <message>
        <source>Interface language for this run (e.g. en, ru, az).</source>
        <translation>Język interfejsu dla tego uruchomienia (np. en, ru, az).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>init: fill the new record base with the demo records.</source>
        <translation>init: wypełnia nową bazę rekordów rekordami demonstracyjnymi.</translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation>KIND:KEY</translation>
    </message>
    <message>
        <source>Liaison browses international cooperation records: agencies, projects, events and training participation.</source>
        <translation>Liaison służy do przeglądania rekordów współpracy międzynarodowej: instytucji, projektów, wydarzeń i udziału w szkoleniach.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[polecenie]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Languages: %2.</source>
        <translation>Nieznany język „%1”. Dostępne języki: %2.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database wymaga podania ścieżki do pliku.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>--demo is an option of the init command.</source>
        <translation>--demo jest opcją polecenia init.</translation>
    </message>
    <message>
        <source>summary needs --record KIND:KEY or --record all.</source>
        <translation>summary wymaga --record KIND:KEY lub --record all.</translation>
    </message>
    <message>
        <source>Try &quot;liaison --help&quot;.</source>
        <translation>Spróbuj „liaison --help”.</translation>
    </message>
    <message>
        <source>The window cannot be opened from here.</source>
        <translation>W tym środowisku nie można otworzyć okna programu.</translation>
    </message>
    <message>
        <source>Created the demo record base %1.</source>
        <translation>Utworzono demonstracyjną bazę rekordów %1.</translation>
    </message>
    <message>
        <source>Created the record base %1.</source>
        <translation>Utworzono bazę rekordów %1.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integralność: %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>odwołania: %1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2; open the record base once with write access to upgrade it</source>
        <translation>wersja schematu %1, oczekiwano %2; aby ją zaktualizować, otwórz bazę rekordów raz z prawem zapisu</translation>
    </message>
    <message>
        <source>%1: integrity ok, references ok, schema version %2.</source>
        <translation>%1: integralność OK, odwołania OK, wersja schematu %2.</translation>
    </message>
    <message>
        <source>export-chart: by-year, by-kind, by-agency, by-country or cumulative.</source>
        <translation>export-chart: by-year, by-kind, by-agency, by-country lub cumulative.</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>WYKRES</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>export-chart: the size in pixels (default 1600x900).</source>
        <translation>export-chart: rozmiar w pikselach (domyślnie 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>SZERxWYS</translation>
    </message>
    <message>
        <source>summary, export-chart: the record, as KIND:KEY (agency, project or event; an acronym, exact name or id) or all.</source>
        <translation>summary, export-chart: rekord w postaci KIND:KEY (agency, project lub event; akronim, dokładna nazwa lub id) albo all.</translation>
    </message>
    <message>
        <source>--record is an option of the summary and export-chart commands.</source>
        <translation>--record jest opcją poleceń summary i export-chart.</translation>
    </message>
    <message>
        <source>--%1 is an option of the export-chart command.</source>
        <translation>--%1 jest opcją polecenia export-chart.</translation>
    </message>
    <message>
        <source>export-chart needs --record, --chart and --output.</source>
        <translation>export-chart wymaga --record, --chart i --output.</translation>
    </message>
    <message>
        <source>export-chart, export: the file to write (for charts .png, .jpg, .svg or .pdf).</source>
        <translation>export-chart, export: plik do zapisania (dla wykresów .png, .jpg, .svg lub .pdf).</translation>
    </message>
    <message>
        <source>export: csv (the participation, in the import format) or json (every record with its source).</source>
        <translation>export: csv (udział w szkoleniach w formacie importu) lub json (wszystkie rekordy wraz ze źródłami).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--output is an option of the export and export-chart commands.</source>
        <translation>--output jest opcją poleceń export i export-chart.</translation>
    </message>
    <message>
        <source>--format is an option of the export command.</source>
        <translation>--format jest opcją polecenia export.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import wymaga podania pliku CSV do odczytania.</translation>
    </message>
    <message>
        <source>export needs --format csv|json and --output FILE.</source>
        <translation>export wymaga --format csv|json i --output PLIK.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Formats: csv, json.</source>
        <translation>Nieznany format „%1”. Dostępne formaty: csv, json.</translation>
    </message>
    <message>
        <source>nothing was imported; %1 is unchanged.</source>
        <translation>niczego nie zaimportowano; baza rekordów %1 pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 participation records written; %4 projects, %5 events and %6 agencies created.</source>
        <translation>Zaimportowano dane z pliku %2 (liczba wierszy: %1). Zapisane wpisy o liczbie uczestników: %3; utworzone projekty: %4, wydarzenia: %5, instytucje: %6.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>The record base: an SQLite file or a postgresql://user@host:port/dbname address. Default: %1</source>
        <translation>Baza rekordów: plik SQLite lub adres postgresql://user@host:port/dbname. Domyślnie: %1</translation>
    </message>
    <message>
        <source>copy: the record base to copy (a file or an address).</source>
        <translation>copy: baza rekordów do skopiowania (plik lub adres).</translation>
    </message>
    <message>
        <source>copy: the new record base (a file that does not exist, or an empty database).</source>
        <translation>copy: nowa baza rekordów (nieistniejący plik lub pusta baza danych).</translation>
    </message>
    <message>
        <source>init, summary, check, import FILE.csv, export, export-chart or copy; none opens the window.</source>
        <translation>init, summary, check, import PLIK.csv, export, export-chart lub copy; bez polecenia otwiera się okno programu.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, summary, check, import, export, export-chart, copy.</source>
        <translation>Nieznane polecenie „%1”. Dostępne polecenia: init, summary, check, import, export, export-chart, copy.</translation>
    </message>
    <message>
        <source>copy needs --from and --to (not --database).</source>
        <translation>copy wymaga --from i --to (a nie --database).</translation>
    </message>
    <message>
        <source>Commands:
  (none)    Open the window on the record base.
  init      Create an empty record base, or with --demo the demo records.
            Refuses to touch an existing file.
  summary   Print the training-participation totals of a record as JSON.
  check     Check the record base&apos;s integrity, references and schema version.
  import FILE.csv
            Import training participation from a CSV file, all or nothing.
  export    Write the participation as CSV (the import format) or every
            record with its source as JSON.
  export-chart
            Write a chart of a record&apos;s training participation as PNG, JPEG,
            SVG or PDF (by the extension of --output). Needs no display.
  copy      Copy a whole record base --from one file or server --to a new
            file or an empty server database, and compare their summaries.

A record base is an SQLite file or a server address,
postgresql://user@host:port/dbname; a password comes from the address,
PGPASSWORD, the password file (PGPASSFILE, ~/.pgpass) or a prompt.

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Polecenia:
  (brak)    Otwiera okno z bazą rekordów.
  init      Tworzy pustą bazę rekordów lub, z opcją --demo, bazę z rekordami
            demonstracyjnymi. Nie nadpisuje istniejącego pliku.
  summary   Wypisuje sumy udziału w szkoleniach dla rekordu w formacie JSON.
  check     Sprawdza integralność bazy rekordów, odwołania i wersję schematu.
  import PLIK.csv
            Importuje udział w szkoleniach z pliku CSV w całości albo wcale.
  export    Zapisuje udział w szkoleniach jako CSV (w formacie importu) lub
            wszystkie rekordy wraz ze źródłami jako JSON.
  export-chart
            Zapisuje wykres udziału rekordu w szkoleniach jako PNG, JPEG, SVG
            lub PDF (według rozszerzenia --output). Nie wymaga ekranu.
  copy      Kopiuje całą bazę rekordów z pliku lub serwera (--from) do nowego
            pliku lub pustej bazy danych na serwerze (--to) i porównuje
            podsumowania obu baz.

Baza rekordów to plik SQLite lub adres serwera
postgresql://user@host:port/dbname; hasło pochodzi z adresu, ze zmiennej
PGPASSWORD, z pliku haseł (PGPASSFILE, ~/.pgpass) lub jest wpisywane
po wyświetleniu monitu.

Kod wyjścia: 0 – powodzenie, 1 – błąd, 2 – nieprawidłowe użycie.
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Hasło dla %1: </translation>
    </message>
    <message>
        <source>%1: integrity and references kept by the server, schema version %2.</source>
        <translation>%1: integralność i odwołania zapewnia serwer, wersja schematu %2.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3.</source>
        <translation>Skopiowano %1 do %2: %3.</translation>
    </message>
    <message>
        <source>The summaries match.</source>
        <translation>Podsumowania są zgodne.</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Połącz z serwerem</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Zapamiętaj hasło w systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>gdy puste – z PGPASSWORD lub ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Połą&amp;cz</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
</context>
<context>
    <name>liaison::CountryList</name>
    <message>
        <source>the embedded country list %1 is missing</source>
        <translation>brak wbudowanej listy krajów %1</translation>
    </message>
</context>
<context>
    <name>liaison::CountryNames</name>
    <message>
        <source>Andorra</source>
        <translation>Andora</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Zjednoczone Emiraty Arabskie</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua i Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktyka</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentyna</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Amerykańskie</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Wyspy Alandzkie</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbejdżan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bośnia i Hercegowina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesz</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bułgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrajn</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudy</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Państwo Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Boliwia</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius i Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazylia</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamy</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Wyspa Bouveta</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Białoruś</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Wyspy Kokosowe (Wyspy Keelinga)</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Kongo, Demokratyczna Republika Konga</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Republika Środkowoafrykańska</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Szwajcaria</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Wybrzeże Kości Słoniowej</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Wyspy Cooka</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chiny</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbia</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Kostaryka</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Republika Zielonego Przylądka</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Wyspa Bożego Narodzenia</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cypr</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Dżibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dania</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominika</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Republika Dominikańska</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algieria</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ekwador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egipt</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara Zachodnia</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Erytrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Hiszpania</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidżi</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falklandy (Malwiny)</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Mikronezja</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Wyspy Owcze</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francja</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Gruzja</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Gujana Francuska</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Grenlandia</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Gwinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Gwadelupa</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Gwinea Równikowa</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecja</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Georgia Południowa i Sandwich Południowy</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Gwatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Gwinea Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Gujana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Wyspy Heard i McDonalda</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorwacja</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Węgry</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonezja</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Izrael</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Wyspa Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indie</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Brytyjskie Terytorium Oceanu Indyjskiego</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Włochy</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamajka</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japonia</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodża</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komory</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint Kitts i Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Korea Północna</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Korea Południowa</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwejt</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Kajmany</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazachstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Saint Lucia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litwa</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luksemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Łotwa</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroko</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monako</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Mołdawia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Czarnogóra</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (część francuska)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Wyspy Marshalla</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia Północna</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Mjanma</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Makau</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Mariany Północne</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martynika</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauretania</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Malediwy</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Meksyk</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malezja</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambik</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nowa Kaledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Wyspy Norfolk</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nikaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Holandia</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegia</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nowa Zelandia</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinezja Francuska</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua-Nowa Gwinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipiny</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre i Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Portoryko</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Palestyna (państwo)</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugalia</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paragwaj</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Reunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunia</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Federacja Rosyjska</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudyjska</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Wyspy Salomona</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seszele</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Szwecja</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Wyspa Świętej Heleny, Wyspa Wniebowstąpienia i Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Słowenia</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard i Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Słowacja</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudan Południowy</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Wyspy Świętego Tomasza i Książęca</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Salwador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (część holenderska)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Turks i Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Czad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Francuskie Terytoria Południowe</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tajlandia</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadżykistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor Wschodni</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunezja</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turcja</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trynidad i Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Tajwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Dalekie Wyspy Mniejsze Stanów Zjednoczonych</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Urugwaj</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Państwo Watykańskie (Stolica Apostolska)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint Vincent i Grenadyny</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Wenezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Brytyjskie Wyspy Dziewicze</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Wyspy Dziewicze Stanów Zjednoczonych</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Wietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis i Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Majotta</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Południowa Afryka</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>liaison::CreateRecordCommand</name>
    <message>
        <source>Create agency %1</source>
        <extracomment>An undo step; %1 is the new agency&apos;s acronym or name</extracomment>
        <translation>utworzenie instytucji %1</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <extracomment>An undo step; %1 is the new project&apos;s acronym or name</extracomment>
        <translation>utworzenie projektu %1</translation>
    </message>
    <message>
        <source>Create event %1</source>
        <extracomment>An undo step; %1 is the new event&apos;s title</extracomment>
        <translation>utworzenie wydarzenia %1</translation>
    </message>
    <message>
        <source>Create person %1</source>
        <extracomment>An undo step; %1 is the new person&apos;s name</extracomment>
        <translation>dodanie osoby %1</translation>
    </message>
    <message>
        <source>Create agreement %1</source>
        <extracomment>An undo step; %1 is the new agreement&apos;s subject</extracomment>
        <translation>utworzenie umowy %1</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <extracomment>An undo step; %1 is the new source&apos;s title</extracomment>
        <translation>utworzenie źródła %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <extracomment>An undo step; %1 is the new record&apos;s name</extracomment>
        <translation>utworzenie rekordu %1</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>plik zawiera tekst w kodowaniu UTF-16; zapisz go w kodowaniu UTF-8</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (byte %1); save the file as UTF-8</source>
        <translation>wiersz nie jest poprawnym tekstem UTF-8 (bajt %1); zapisz plik w kodowaniu UTF-8</translation>
    </message>
    <message>
        <source>the quote that opens a field on this line is never closed (a missing &quot; or a quote inside a field that was not written &quot;&quot;)</source>
        <translation>cudzysłów otwierający pole w tym wierszu nie został zamknięty (brakuje znaku &quot; albo cudzysłów wewnątrz pola nie został zapisany jako &quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>tekst po cudzysłowie zamykającym pole; cudzysłów wewnątrz pola ujętego w cudzysłów zapisuje się podwójnie (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>the file is not a database</source>
        <translation>plik nie jest bazą danych</translation>
    </message>
    <message>
        <source>the database file is damaged (malformed)</source>
        <translation>plik bazy danych jest uszkodzony (nieprawidłowa struktura)</translation>
    </message>
    <message>
        <source>the record base is locked by another program</source>
        <translation>baza rekordów jest zablokowana przez inny program</translation>
    </message>
    <message>
        <source>the disk or the record base is full</source>
        <translation>brak miejsca na dysku lub baza rekordów jest pełna</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Sterownik SQLite dla Qt (QSQLITE) nie jest zainstalowany.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>No record base at %1.</source>
        <translation>Brak bazy rekordów w lokalizacji %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Liaison record base. The file was not changed.</source>
        <translation>Plik %1 jest bazą danych SQLite, ale nie bazą rekordów Liaison. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>Plik %1 już istnieje; pozostawiono go bez zmian.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>wiersz %1 tabeli %2 odwołuje się do nieistniejącego wiersza tabeli %3</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s quick check: %2). The file was not changed.</source>
        <translation>Plik %1 jest uszkodzony (wynik szybkiej kontroli SQLite: %2). Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>Cannot open %1: its latest changes are in %2, which can only be read with write access to the folder %3. The file was not changed.</source>
        <translation>Nie można otworzyć pliku %1: jego najnowsze zmiany znajdują się w pliku %2, który można odczytać tylko z prawem zapisu do folderu %3. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to this file.</source>
        <translation>Plik %1 jest otwarty tylko do odczytu: brak uprawnień do zapisu tego pliku.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to its folder %2, where SQLite keeps its working files while writing.</source>
        <translation>Plik %1 jest otwarty tylko do odczytu: brak uprawnień do zapisu w jego folderze %2, w którym SQLite przechowuje pliki robocze podczas zapisu.</translation>
    </message>
    <message>
        <source>%1 is open read-only: it was written by a newer Liaison (schema version %2; this version knows up to %3).</source>
        <translation>Plik %1 jest otwarty tylko do odczytu: został zapisany przez nowszą wersję programu Liaison (wersja schematu %2; ta wersja obsługuje schematy do wersji %3).</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>Plik %1 jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>your database role may not do this (%1)</source>
        <translation>twoja rola w bazie danych nie ma uprawnień do tej operacji (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>utracono połączenie z serwerem (%1)</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Sterownik PostgreSQL dla Qt (QPSQL) nie jest zainstalowany.</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>Serwer %1 wymaga podania hasła.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>Serwer %1 odrzucił nazwę użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>The server has no database %1 (%2).</source>
        <translation>Na serwerze nie ma bazy danych %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Nie można połączyć się z %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but it is not a Liaison record base. Nothing was changed.</source>
        <translation>Baza danych %1 zawiera tabele, ale nie jest bazą rekordów Liaison. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 holds no record base yet.</source>
        <translation>Baza danych %1 nie zawiera jeszcze bazy rekordów.</translation>
    </message>
    <message>
        <source>%1 already holds tables; it was left untouched.</source>
        <translation>Baza danych %1 zawiera już tabele; pozostawiono ją bez zmian.</translation>
    </message>
    <message>
        <source>%1 is open read-only: the database role %2 may read it but not change it.</source>
        <translation>Baza danych %1 jest otwarta tylko do odczytu: rola %2 może ją odczytywać, ale nie może jej zmieniać.</translation>
    </message>
</context>
<context>
    <name>liaison::DatabaseLocation</name>
    <message>
        <source>No record base given: name an SQLite file or a postgresql:// address</source>
        <translation>Nie podano bazy rekordów: wskaż plik SQLite lub adres postgresql://</translation>
    </message>
    <message>
        <source>Unknown kind of address &quot;%1://&quot;: Liaison opens SQLite files and postgresql:// addresses</source>
        <translation>Nieznany rodzaj adresu „%1://”: Liaison otwiera pliki SQLite i adresy postgresql://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address is not a valid percent-encoded character</source>
        <translation>„%1” w adresie nie jest poprawnym znakiem w kodowaniu procentowym</translation>
    </message>
    <message>
        <source>No host name after &quot;@&quot;: write postgresql://USER@HOST/DATABASE</source>
        <translation>Brak nazwy hosta po „@”: wpisz postgresql://UŻYTKOWNIK@HOST/BAZA_DANYCH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in brackets: write an IPv6 address as [::1] or [::1]:5432</source>
        <translation>„%1” nie jest hostem w nawiasach kwadratowych: wpisz adres IPv6 jako [::1] lub [::1]:5432</translation>
    </message>
    <message>
        <source>Several servers (&quot;%1&quot;) are not supported: name one host</source>
        <translation>Podawanie wielu serwerów („%1”) nie jest obsługiwane: wskaż jeden host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the connection parameter %2</source>
        <translation>„%1” nie jest prawidłową wartością parametru połączenia %2</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot;</source>
        <translation>Nieznany parametr połączenia „%1”</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Port „%1” nie jest liczbą z zakresu od 1 do 65535</translation>
    </message>
</context>
<context>
    <name>liaison::DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Delete ASCCA&quot;</extracomment>
        <translation>usunięcie rekordu %1</translation>
    </message>
</context>
<context>
    <name>liaison::DemoDatabase</name>
    <message>
        <source>demo records, %1: %2</source>
        <translation>rekordy demonstracyjne, %1: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; names an unknown record &quot;%2&quot;</source>
        <translation>pole „%1” wskazuje nieznany rekord „%2”</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;</source>
        <translation>nieznany panel „%1”</translation>
    </message>
    <message>
        <source>the embedded demo records %1 are missing</source>
        <translation>brak wbudowanych rekordów demonstracyjnych %1</translation>
    </message>
    <message>
        <source>the embedded demo records are not valid JSON at offset %1: %2</source>
        <translation>wbudowane rekordy demonstracyjne nie są poprawnym plikiem JSON (pozycja %1): %2</translation>
    </message>
</context>
<context>
    <name>liaison::DetailPane</name>
    <message>
        <source>agency</source>
        <comment>kind of record</comment>
        <translation>instytucja</translation>
    </message>
    <message>
        <source>project or programme</source>
        <comment>kind of record</comment>
        <translation>projekt lub program</translation>
    </message>
    <message>
        <source>event</source>
        <comment>kind of record</comment>
        <translation>wydarzenie</translation>
    </message>
    <message>
        <source>person</source>
        <comment>kind of record</comment>
        <translation>osoba</translation>
    </message>
    <message>
        <source>agreement</source>
        <comment>kind of record</comment>
        <translation>umowa</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of record</comment>
        <translation>kraj</translation>
    </message>
    <message>
        <source>source</source>
        <comment>kind of record</comment>
        <translation>źródło</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>od: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln uczestnik</numerusform>
            <numerusform>%Ln uczestników</numerusform>
            <numerusform>%Ln uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>illustrative sample</source>
        <translation>fikcyjny przykład</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln countries</source>
        <translation>
            <numerusform>ponad %Ln kraj</numerusform>
            <numerusform>ponad %Ln kraje</numerusform>
            <numerusform>ponad %Ln krajów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>party with partner</comment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>data podpisania: %1</translation>
    </message>
    <message>
        <source>Illustrative sample — not a real record</source>
        <translation>Fikcyjny przykład — nie jest to prawdziwy rekord</translation>
    </message>
    <message>
        <source>This record was made up to make browsing and charts meaningful; no real source states it.</source>
        <translation>Ten rekord został wymyślony, aby przeglądanie danych i wykresy miały sens; nie potwierdza go żadne prawdziwe źródło.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Nie otwarto żadnej bazy rekordów</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Nie można policzyć rekordów: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln instytucja</numerusform>
            <numerusform>%Ln instytucje</numerusform>
            <numerusform>%Ln instytucji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln projekt lub program</numerusform>
            <numerusform>%Ln projekty i programy</numerusform>
            <numerusform>%Ln projektów i programów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln wydarzenie</numerusform>
            <numerusform>%Ln wydarzenia</numerusform>
            <numerusform>%Ln wydarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln umowa</numerusform>
            <numerusform>%Ln umowy</numerusform>
            <numerusform>%Ln umów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants in training events recorded.</source>
        <translation>
            <numerusform>W wydarzeniach szkoleniowych odnotowano %Ln uczestnika.</numerusform>
            <numerusform>W wydarzeniach szkoleniowych odnotowano %Ln uczestników.</numerusform>
            <numerusform>W wydarzeniach szkoleniowych odnotowano %Ln uczestników.</numerusform>
        </translation>
    </message>
    <message>
        <source>published article</source>
        <translation>opublikowany artykuł</translation>
    </message>
    <message>
        <source>official record</source>
        <translation>dokument urzędowy</translation>
    </message>
    <message>
        <source>illustrative sample, not a real record</source>
        <translation>fikcyjny przykład, a nie prawdziwy rekord</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln rekord</numerusform>
            <numerusform>%Ln rekordy</numerusform>
            <numerusform>%Ln rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>Ten rekord już nie istnieje</translation>
    </message>
    <message>
        <source>It may have been deleted, or another record base was opened.</source>
        <translation>Mógł zostać usunięty albo otwarto inną bazę rekordów.</translation>
    </message>
    <message>
        <source>This record could not be read</source>
        <translation>Nie udało się odczytać tego rekordu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Wchodzi w skład</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Sub-agencies</source>
        <translation>Jednostki podległe</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Projekty i programy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Umowy</translation>
    </message>
    <message>
        <source>Outside any project</source>
        <translation>Poza projektami</translation>
    </message>
    <message>
        <source>Participants by project</source>
        <translation>Uczestnicy według projektów</translation>
    </message>
    <message>
        <source>%1 in events of %2, as reported by %3</source>
        <translation>%1 w wydarzeniach %2 (źródło: %3)</translation>
    </message>
    <message>
        <source>Reported totals</source>
        <translation>Sumy podane w źródłach</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, including the projects under it</source>
        <translation>
            <numerusform>%Ln uczestnik, łącznie z projektami podrzędnymi</numerusform>
            <numerusform>%Ln uczestników, łącznie z projektami podrzędnymi</numerusform>
            <numerusform>%Ln uczestników, łącznie z projektami podrzędnymi</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects under it</source>
        <translation>Projekty podrzędne</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instytucje</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>%1 of %2, as reported by %3</source>
        <translation>%1 z %2 (źródło: %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Countries that attended</source>
        <translation>Kraje uczestniczące</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panele</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>Instytucje uczestniczące</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Panel: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Wystąpienia</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Events held here</source>
        <translation>Wydarzenia w tym kraju</translation>
    </message>
    <message>
        <source>Events its delegations attended</source>
        <translation>Wydarzenia z udziałem delegacji tego kraju</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Wydawca</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Data publikacji</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln rola instytucji w projektach</numerusform>
            <numerusform>%Ln role instytucji w projektach</numerusform>
            <numerusform>%Ln ról instytucji w projektach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries attending events</source>
        <translation>
            <numerusform>%Ln kraj uczestniczący w wydarzeniach</numerusform>
            <numerusform>%Ln kraje uczestniczące w wydarzeniach</numerusform>
            <numerusform>%Ln krajów uczestniczących w wydarzeniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel</numerusform>
            <numerusform>%Ln panele</numerusform>
            <numerusform>%Ln paneli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln wystąpienie</numerusform>
            <numerusform>%Ln wystąpienia</numerusform>
            <numerusform>%Ln wystąpień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation counts</source>
        <translation>
            <numerusform>%Ln wpis o liczbie uczestników</numerusform>
            <numerusform>%Ln wpisy o liczbie uczestników</numerusform>
            <numerusform>%Ln wpisów o liczbie uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln suma podana w źródle</numerusform>
            <numerusform>%Ln sumy podane w źródłach</numerusform>
            <numerusform>%Ln sum podanych w źródłach</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Cytowania</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln records of %1 are listed.</source>
        <translation>
            <numerusform>Wymieniono pierwszy %Ln rekord z %1.</numerusform>
            <numerusform>Wymieniono pierwsze %Ln rekordy z %1.</numerusform>
            <numerusform>Wymieniono pierwszych %Ln rekordów z %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Szczegóły rekordu</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln are shown.</source>
        <translation>
            <numerusform>Pokazano pierwsze %1 z %Ln.</numerusform>
            <numerusform>Pokazano pierwsze %1 z %Ln.</numerusform>
            <numerusform>Pokazano pierwsze %1 z %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Pokaż wszystkie</translation>
    </message>
</context>
<context>
    <name>liaison::EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>zmiany w rekordzie %1</translation>
    </message>
</context>
<context>
    <name>liaison::ImportDialog</name>
    <message>
        <source>Import Participation</source>
        <translation>Importuj udział w szkoleniach</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation>Pierwsze &amp;wiersze:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemy:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemy znalezione w pliku</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import został anulowany; niczego nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problems in %1.</source>
        <translation>
            <numerusform>Niczego nie zaimportowano: %n problem w pliku %1.</numerusform>
            <numerusform>Niczego nie zaimportowano: %n problemy w pliku %1.</numerusform>
            <numerusform>Niczego nie zaimportowano: %n problemów w pliku %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>Nie można zaimportować pliku %1: %n problem. Nic nie zostanie zapisane, dopóki nie zostanie on rozwiązany.</numerusform>
            <numerusform>Nie można zaimportować pliku %1: %n problemy. Nic nie zostanie zapisane, dopóki nie zostaną one rozwiązane.</numerusform>
            <numerusform>Nie można zaimportować pliku %1: %n problemów. Nic nie zostanie zapisane, dopóki nie zostaną one rozwiązane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</source>
        <translation>
            <numerusform>%1: %Ln wiersz z udziałem w szkoleniach, gotowy do zaimportowania. Plik zostanie zaimportowany w całości albo wcale.</numerusform>
            <numerusform>%1: %Ln wiersze z udziałem w szkoleniach, gotowe do zaimportowania. Plik zostanie zaimportowany w całości albo wcale.</numerusform>
            <numerusform>%1: %Ln wierszy z udziałem w szkoleniach, gotowych do zaimportowania. Plik zostanie zaimportowany w całości albo wcale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>pęk kluczy nie odpowiedział w wyznaczonym czasie</translation>
    </message>
    <message>
        <source>The system keychain could not read the password of %1: %2</source>
        <translation>Nie udało się odczytać hasła do %1 z systemowego pęku kluczy: %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1: %2</source>
        <translation>Nie udało się zapisać hasła do %1 w systemowym pęku kluczy: %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password of %1: %2</source>
        <translation>Nie udało się usunąć hasła do %1 z systemowego pęku kluczy: %2</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison record bases (*.sqlite *.db);;All files (*)</source>
        <translation>Bazy rekordów Liaison (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Could not read the record base: %1</source>
        <translation>Nie udało się odczytać bazy rekordów: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>O&amp;statnio otwierane</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;New Record Base…</source>
        <translation>&amp;Nowa baza rekordów…</translation>
    </message>
    <message>
        <source>Create an empty record base</source>
        <translation>Utwórz pustą bazę rekordów</translation>
    </message>
    <message>
        <source>&amp;Open Record Base…</source>
        <translation>&amp;Otwórz bazę rekordów…</translation>
    </message>
    <message>
        <source>Open another record base</source>
        <translation>Otwórz inną bazę rekordów</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>Search the record base</source>
        <translation>Przeszukaj bazę rekordów</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back to the previous record</source>
        <translation>Wróć do poprzedniego rekordu</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Forward to the next record</source>
        <translation>Przejdź do następnego rekordu</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Strona główna</translation>
    </message>
    <message>
        <source>The record base overview</source>
        <translation>Przegląd bazy rekordów</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Pasek &amp;narzędzi</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Pasek &amp;stanu</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pełny &amp;ekran</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;O programie Liaison</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Search records (Ctrl+F)</source>
        <translation>Szukaj rekordów (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Szukaj rekordów</translation>
    </message>
    <message>
        <source>Agencies and projects</source>
        <translation>Instytucje i projekty</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>Record browser</source>
        <translation>Przeglądarka rekordów</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The demo record base could not be created.

%1</source>
        <translation>Nie udało się utworzyć demonstracyjnej bazy rekordów.

%1</translation>
    </message>
    <message>
        <source>The record base could not be opened.

%1</source>
        <translation>Nie udało się otworzyć bazy rekordów.

%1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Record Base</source>
        <translation>Otwórz bazę rekordów</translation>
    </message>
    <message>
        <source>No recent record bases</source>
        <translation>Brak ostatnio otwieranych baz rekordów</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Nie otwarto żadnej bazy rekordów</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Nie można policzyć rekordów: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n instytucja</numerusform>
            <numerusform>%n instytucje</numerusform>
            <numerusform>%n instytucji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects and programmes</source>
        <translation>
            <numerusform>%n projekt lub program</numerusform>
            <numerusform>%n projekty i programy</numerusform>
            <numerusform>%n projektów i programów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n wydarzenie</numerusform>
            <numerusform>%n wydarzenia</numerusform>
            <numerusform>%n wydarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n umowa</numerusform>
            <numerusform>%n umowy</numerusform>
            <numerusform>%n umów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Liaison</source>
        <translation>%1 — Liaison</translation>
    </message>
    <message>
        <source>%1 — %2 — Liaison</source>
        <translation>%1 — %2 — Liaison</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: title · context</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No records match &quot;%1&quot;</source>
        <translation>Brak rekordów pasujących do „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n records found</source>
        <translation>
            <numerusform>Znaleziono %n rekord</numerusform>
            <numerusform>Znaleziono %n rekordy</numerusform>
            <numerusform>Znaleziono %n rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>New Record Base</source>
        <translation>Nowa baza rekordów</translation>
    </message>
    <message>
        <source>The record base could not be created.

%1</source>
        <translation>Nie udało się utworzyć bazy rekordów.

%1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>O programie Liaison</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Eksportuj wykres…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG or PDF</source>
        <translation>Zapisz wykres jako PNG, JPEG, SVG lub PDF</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Kopiuj &amp;wykres</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Kopiuj wykres do schowka jako obraz</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Wykres</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Wszystkie rekordy</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Brak wykresu do wyeksportowania.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Obraz JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Zapisano wykres jako %1</translation>
    </message>
    <message>
        <source>There is no chart to copy.</source>
        <translation>Brak wykresu do skopiowania.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Skopiowano wykres do schowka</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln wydarzenie</numerusform>
            <numerusform>%Ln wydarzenia</numerusform>
            <numerusform>%Ln wydarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation records</source>
        <translation>
            <numerusform>%Ln wpis o liczbie uczestników</numerusform>
            <numerusform>%Ln wpisy o liczbie uczestników</numerusform>
            <numerusform>%Ln wpisów o liczbie uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln rola instytucji w projektach</numerusform>
            <numerusform>%Ln role instytucji w projektach</numerusform>
            <numerusform>%Ln ról instytucji w projektach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel</numerusform>
            <numerusform>%Ln panele</numerusform>
            <numerusform>%Ln paneli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln wystąpienie</numerusform>
            <numerusform>%Ln wystąpienia</numerusform>
            <numerusform>%Ln wystąpień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attending countries</source>
        <translation>
            <numerusform>%Ln kraj uczestniczący</numerusform>
            <numerusform>%Ln kraje uczestniczące</numerusform>
            <numerusform>%Ln krajów uczestniczących</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln suma podana w źródle</numerusform>
            <numerusform>%Ln sumy podane w źródłach</numerusform>
            <numerusform>%Ln sum podanych w źródłach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln instytucja</numerusform>
            <numerusform>%Ln instytucje</numerusform>
            <numerusform>%Ln instytucji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln projekt lub program</numerusform>
            <numerusform>%Ln projekty i programy</numerusform>
            <numerusform>%Ln projektów i programów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln umowa</numerusform>
            <numerusform>%Ln umowy</numerusform>
            <numerusform>%Ln umów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records</source>
        <translation>
            <numerusform>%Ln inny rekord</numerusform>
            <numerusform>%Ln inne rekordy</numerusform>
            <numerusform>%Ln innych rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Participation…</source>
        <translation>&amp;Importuj udział w szkoleniach…</translation>
    </message>
    <message>
        <source>Import training participation from a CSV file</source>
        <translation>Importuj udział w szkoleniach z pliku CSV</translation>
    </message>
    <message>
        <source>Export &amp;Records…</source>
        <translation>Eksportuj &amp;rekordy…</translation>
    </message>
    <message>
        <source>Save the records as JSON, or the participation as CSV</source>
        <translation>Zapisz rekordy jako JSON lub udział w szkoleniach jako CSV</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;Nowy rekord</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>new record of a kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Edytuj rekord…</translation>
    </message>
    <message>
        <source>Change the fields of the record shown</source>
        <translation>Zmień pola wyświetlanego rekordu</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Usuń rekord…</translation>
    </message>
    <message>
        <source>Delete the record shown, after asking</source>
        <translation>Usuń wyświetlany rekord (po potwierdzeniu)</translation>
    </message>
    <message>
        <source>Import Participation</source>
        <translation>Importuj udział w szkoleniach</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows from %1.</source>
        <translation>
            <numerusform>Zaimportowano %Ln wiersz z pliku %1.</numerusform>
            <numerusform>Zaimportowano %Ln wiersze z pliku %1.</numerusform>
            <numerusform>Zaimportowano %Ln wierszy z pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training participation, CSV (*.csv)</source>
        <translation>Udział w szkoleniach, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every record, JSON (*.json)</source>
        <translation>Wszystkie rekordy, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Eksportuj rekordy</translation>
    </message>
    <message>
        <source>Records saved as %1</source>
        <translation>Zapisano rekordy jako %1</translation>
    </message>
    <message>
        <source>New Record</source>
        <translation>Nowy rekord</translation>
    </message>
    <message>
        <source>Select a record to edit.</source>
        <translation>Wybierz rekord do edycji.</translation>
    </message>
    <message>
        <source>Edit Record</source>
        <translation>Edytuj rekord</translation>
    </message>
    <message>
        <source>Select a record to delete.</source>
        <translation>Wybierz rekord do usunięcia.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Usunąć rekord %1?</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>Usunięcie rekordu %1 spowoduje również usunięcie: %2.</translation>
    </message>
    <message>
        <source>These will no longer refer to it: %1.</source>
        <translation>Te rekordy przestaną się do niego odwoływać: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Tę operację można cofnąć poleceniem Edycja → Cofnij.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Usuń rekord</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponów %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>The record base could not be opened.</source>
        <translation>Nie udało się otworzyć bazy rekordów.</translation>
    </message>
    <message>
        <source>There is no record base at %1.</source>
        <translation>Brak bazy rekordów w lokalizacji %1.</translation>
    </message>
    <message>
        <source>Create an empty record base there?</source>
        <translation>Utworzyć w tym miejscu pustą bazę rekordów?</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Utwórz</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Otwórz inną…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>Utwórz &amp;nową…</translation>
    </message>
    <message>
        <source>Read-only: %1 Records can be browsed, charted and exported, but not edited or imported.</source>
        <translation>Tylko do odczytu: %1 Rekordy można przeglądać, przedstawiać na wykresach i eksportować, ale nie można ich edytować ani importować.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Browse international cooperation records: agencies, projects and programmes, events, and training participation.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo records.&lt;/b&gt; The facts come from the article “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. The demo also holds an illustrative sample, marked as such, that is not a real record. Country names: ISO 3166-1, from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Przeglądanie rekordów współpracy międzynarodowej: instytucji, projektów i programów, wydarzeń oraz udziału w szkoleniach.&lt;/p&gt;&lt;p&gt;Licencja: GNU General Public License, wersja 3 lub nowsza.&lt;br&gt;Skompilowano z Qt %2 (działa z Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rekordy demonstracyjne.&lt;/b&gt; Fakty pochodzą z artykułu „The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. Dane demonstracyjne zawierają też fikcyjny przykład, oznaczony jako taki, który nie jest prawdziwym rekordem. Nazwy krajów: ISO 3166-1, z pakietu iso-codes z Debiana.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Połącz z serwerem…</translation>
    </message>
    <message>
        <source>Open a record base on a PostgreSQL server</source>
        <translation>Otwórz bazę rekordów na serwerze PostgreSQL</translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation>Sprawdzanie, czy plik %1 nie jest uszkodzony…</translation>
    </message>
</context>
<context>
    <name>liaison::ParticipationImport</name>
    <message>
        <source>no file to import was given</source>
        <translation>nie podano pliku do zaimportowania</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>a folder, not a CSV file</source>
        <translation>to folder, a nie plik CSV</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns and then one line per event and agency</source>
        <translation>plik jest pusty; musi zawierać wiersz nagłówka z nazwami kolumn, a po nim po jednym wierszu na każdą parę wydarzenia i instytucji</translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation>plik ma nagłówek, ale nie zawiera wierszy do zaimportowania</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>kolumna %1 nagłówka nie ma nazwy</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are: %2</source>
        <translation>nieznana kolumna %1; dostępne kolumny: %2</translation>
    </message>
    <message>
        <source>unknown column %1 (did you mean %2?); the columns are: %3</source>
        <translation>nieznana kolumna %1 (czy chodziło o %2?); dostępne kolumny: %3</translation>
    </message>
    <message>
        <source>column %1 appears twice (columns %2 and %3)</source>
        <translation>kolumna %1 występuje dwukrotnie (kolumny %2 i %3)</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>brak wymaganej kolumny %1</translation>
    </message>
    <message>
        <source>cannot read the record base %1: %2</source>
        <translation>nie można odczytać bazy rekordów %1: %2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (is a field with a delimiter not in quotes?)</source>
        <translation>liczba pól w wierszu (%1) nie zgadza się z liczbą pól nagłówka (%2); czy pole zawierające separator nie zostało ujęte w cudzysłów?</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>puste, choć wymagane</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 nie jest żadną z wartości: %2</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 nie jest datą w postaci YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is before the start_date %2</source>
        <translation>%1 przypada przed start_date %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 nie jest kodem kraju ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 nie jest liczbą całkowitą równą 0 lub większą</translation>
    </message>
    <message>
        <source>%1 is the name of several projects in the record base; give the acronym</source>
        <translation>%1 to nazwa kilku projektów w bazie rekordów; podaj akronim</translation>
    </message>
    <message>
        <source>%1 is the name of several agencies in the record base; give the acronym</source>
        <translation>%1 to nazwa kilku instytucji w bazie rekordów; podaj akronim</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the new agency %3 on line %4</source>
        <translation>%1 różni się od kraju podanego dla nowej instytucji %3 w wierszu %4 (%2)</translation>
    </message>
    <message>
        <source>%1 differs from the country of %2 in the record base (%3)</source>
        <translation>%1 różni się od kraju instytucji %2 w bazie rekordów (%3)</translation>
    </message>
    <message>
        <source>several events of %1 named %2 start on %3 in the record base; the import cannot tell which one</source>
        <translation>w bazie rekordów jest kilka wydarzeń projektu %1 o tytule %2 z datą rozpoczęcia %3; import nie może ustalić, o które chodzi</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the same event on line %3</source>
        <translation>%1 różni się od wartości podanej dla tego samego wydarzenia w wierszu %3 (%2)</translation>
    </message>
    <message>
        <source>%1 differs from the event&apos;s %2 in the record base (%3); the import does not change events</source>
        <translation>%1 różni się od wartości %2 tego wydarzenia w bazie rekordów (%3); import nie zmienia wydarzeń</translation>
    </message>
    <message>
        <source>%1 is not an agency of the record base or of this file</source>
        <translation>%1 nie jest instytucją z bazy rekordów ani z tego pliku</translation>
    </message>
    <message>
        <source>the event %1 (%2, %3) and the agency %4 are already on line %5; give each participation once</source>
        <translation>wydarzenie %1 (%2, %3) i instytucja %4 występują już w wierszu %5; każdą parę wydarzenia i instytucji podaj tylko raz</translation>
    </message>
    <message>
        <source>%1 is not in the record base; to create it, give its agency_country</source>
        <translation>instytucji %1 nie ma w bazie rekordów; aby ją utworzyć, podaj jej kraj w kolumnie agency_country</translation>
    </message>
    <message>
        <source>empty, but the event %1 is not in the record base and a new event needs a kind: %2</source>
        <translation>puste, choć wydarzenia %1 nie ma w bazie rekordów, a nowe wydarzenie wymaga podania rodzaju: %2</translation>
    </message>
    <message>
        <source>the event %1 is not in the record base and a new event needs a kind: add an event_kind column (%2)</source>
        <translation>wydarzenia %1 nie ma w bazie rekordów, a nowe wydarzenie wymaga podania rodzaju: dodaj kolumnę event_kind (%2)</translation>
    </message>
    <message>
        <source>cannot write to the record base %1: %2</source>
        <translation>nie można zapisać w bazie rekordów %1: %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import pliku %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed.</source>
        <translation>
            <numerusform>Nie wymieniono %n kolejnego problemu.</numerusform>
            <numerusform>Nie wymieniono %n kolejnych problemów.</numerusform>
            <numerusform>Nie wymieniono %n kolejnych problemów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::PgPassFile</name>
    <message>
        <source>The password file &quot;%1&quot; is ignored: it is not a plain file</source>
        <translation>Plik haseł „%1” jest pomijany: nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is ignored: its group or others may read it; its permissions should be u=rw (0600) or less</source>
        <translation>Plik haseł „%1” jest pomijany: może go odczytać grupa lub inni użytkownicy; jego uprawnienia powinny wynosić u=rw (0600) lub mniej</translation>
    </message>
</context>
<context>
    <name>liaison::RecordBaseCopy</name>
    <message>
        <source>%1 has no column %2 to copy into.</source>
        <translation>W %1 brakuje kolumny %2, do której można by skopiować dane.</translation>
    </message>
    <message>
        <source>%1 already holds records; nothing was copied.</source>
        <translation>%1 zawiera już rekordy; niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Liaison cannot copy: %2.</source>
        <translation>%1 zawiera tabele, których ta wersja programu Liaison nie potrafi skopiować: %2.</translation>
    </message>
    <message>
        <source>The summary of %1 differs in the copy: %2.</source>
        <translation>Podsumowanie %1 w kopii różni się od oryginału: %2.</translation>
    </message>
    <message>
        <source>The search index holds %1 rows in %2 but %3 in the copy.</source>
        <translation>Liczba wierszy indeksu wyszukiwania: %1 w %2, ale %3 w kopii.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordCommand</name>
    <message>
        <source>The record base refused the change.</source>
        <translation>Baza rekordów odrzuciła zmianę.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordEditor</name>
    <message>
        <source>the table %1 has a foreign key of several columns, which deleting records does not support</source>
        <translation>tabela %1 ma klucz obcy złożony z kilku kolumn, czego usuwanie rekordów nie obsługuje</translation>
    </message>
    <message>
        <source>Countries are a fixed list and cannot be edited.</source>
        <translation>Kraje tworzą stałą listę i nie można ich edytować.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be edited.</source>
        <translation>Rekordów tego rodzaju nie można edytować.</translation>
    </message>
    <message>
        <source>There is no field “%1” in this kind of record.</source>
        <translation>Rekordy tego rodzaju nie mają pola „%1”.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Pole „%1” jest wymagane.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by %3 (%4).</source>
        <translation>%1: wartość „%2” jest już używana przez %3 (%4).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: „%2” nie jest datą; wpisz ją w postaci YYYY, YYYY-MM lub YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more; “%2” is not.</source>
        <translation>%1: wartość musi być liczbą całkowitą równą 0 lub większą; „%2” nią nie jest.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: „%2” nie jest żadną z dostępnych wartości.</translation>
    </message>
    <message>
        <source>%1: there is no country with the code “%2”.</source>
        <translation>%1: nie ma kraju o kodzie „%2”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record id.</source>
        <translation>%1: „%2” nie jest identyfikatorem rekordu.</translation>
    </message>
    <message>
        <source>%1: there is no agency with the id %2.</source>
        <translation>%1: nie ma instytucji o identyfikatorze %2.</translation>
    </message>
    <message>
        <source>%1: there is no programme or project with the id %2.</source>
        <translation>%1: nie ma programu ani projektu o identyfikatorze %2.</translation>
    </message>
    <message>
        <source>%1: there is no source with the id %2.</source>
        <translation>%1: nie ma źródła o identyfikatorze %2.</translation>
    </message>
    <message>
        <source>%1: there is no record with the id %2.</source>
        <translation>%1: nie ma rekordu o identyfikatorze %2.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://; “%2” is not.</source>
        <translation>%1: wartość musi być adresem internetowym zaczynającym się od http:// lub https://; „%2” nim nie jest.</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2.</source>
        <translation>Data zakończenia %1 jest wcześniejsza niż data rozpoczęcia %2.</translation>
    </message>
    <message>
        <source>End date %1 is less precise than the start date %2 in the same period: give the end date at least as precisely.</source>
        <translation>Data zakończenia %1 jest mniej dokładna niż data rozpoczęcia %2 z tego samego okresu: podaj datę zakończenia co najmniej z taką samą dokładnością.</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>Instytucja nie może być nadrzędna względem samej siebie.</translation>
    </message>
    <message>
        <source>A programme or project cannot be its own parent.</source>
        <translation>Program lub projekt nie może być nadrzędny względem samego siebie.</translation>
    </message>
    <message>
        <source>%1 is under this agency: as its parent it would make a cycle.</source>
        <translation>%1 podlega tej instytucji: ustawienie jej jako instytucji nadrzędnej utworzyłoby cykl.</translation>
    </message>
    <message>
        <source>%1 is under this programme or project: as its parent it would make a cycle.</source>
        <translation>%1 należy do tego programu lub projektu: ustawienie go jako programu lub projektu nadrzędnego utworzyłoby cykl.</translation>
    </message>
    <message>
        <source>An international organisation has no country: leave %1 empty.</source>
        <translation>Organizacja międzynarodowa nie ma kraju: pozostaw pole „%1” puste.</translation>
    </message>
    <message>
        <source>An agency of kind “%1” needs a country.</source>
        <translation>Instytucja rodzaju „%1” musi mieć określony kraj.</translation>
    </message>
    <message>
        <source>An agreement needs an agency or a country as its party.</source>
        <translation>Umowa musi mieć stronę: instytucję lub kraj.</translation>
    </message>
    <message>
        <source>Give the partner country, or the number of partner countries.</source>
        <translation>Podaj kraj partnerski albo liczbę krajów partnerskich.</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 nie jest identyfikatorem rekordu.</translation>
    </message>
    <message>
        <source>There is already a record of this kind with the id %1.</source>
        <translation>Istnieje już rekord tego rodzaju o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Nie ma rekordu %1.</translation>
    </message>
    <message numerus="yes">
        <source>The source “%1” is cited by %n record(s); give them another source before deleting it.</source>
        <translation>
            <numerusform>Źródło „%1” jest cytowane przez %n rekord; przed usunięciem źródła wskaż w nim inne źródło.</numerusform>
            <numerusform>Źródło „%1” jest cytowane przez %n rekordy; przed usunięciem źródła wskaż w nich inne źródło.</numerusform>
            <numerusform>Źródło „%1” jest cytowane przez %n rekordów; przed usunięciem źródła wskaż w nich inne źródło.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) still refer to this record, so it cannot be deleted.</source>
        <translation>
            <numerusform>%n inny rekord nadal odwołuje się do tego rekordu, więc nie można go usunąć.</numerusform>
            <numerusform>%n inne rekordy nadal odwołują się do tego rekordu, więc nie można go usunąć.</numerusform>
            <numerusform>%n innych rekordów nadal odwołuje się do tego rekordu, więc nie można go usunąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1 changed other rows than expected, so nothing was deleted</source>
        <translation>usunięcie %1 zmieniłoby inne wiersze niż oczekiwano, więc niczego nie usunięto</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Nie ma nic do przywrócenia.</translation>
    </message>
    <message>
        <source>The snapshot of %1 does not fit this record base.</source>
        <translation>Zapisana kopia rekordu %1 nie pasuje do tej bazy rekordów.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>Rekord „%1” został zmieniony przez inną osobę po jego otwarciu, więc wprowadzone zmiany nie zostały zapisane.</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <translation>%1: zapisana wartość „%2”, Twoja wartość „%3”</translation>
    </message>
</context>
<context>
    <name>liaison::RecordExport</name>
    <message>
        <source>%1 at events without a project</source>
        <translation>%1 przy wydarzeniach bez projektu</translation>
    </message>
    <message>
        <source>%1 at events without a start date of year, month and day</source>
        <translation>%1 przy wydarzeniach bez pełnej daty rozpoczęcia (z rokiem, miesiącem i dniem)</translation>
    </message>
    <message>
        <source>%1 at events whose title is only spaces</source>
        <translation>%1 przy wydarzeniach, których tytuł składa się tylko ze spacji</translation>
    </message>
    <message>
        <source>%1 of agencies whose name is only spaces</source>
        <translation>%1 w przypadku instytucji, których nazwa składa się tylko ze spacji</translation>
    </message>
    <message>
        <source>%1 of agencies without a country</source>
        <translation>%1 w przypadku instytucji bez kraju</translation>
    </message>
    <message>
        <source>%1 at events sharing project, title and start date with another</source>
        <translation>%1 przy wydarzeniach, które mają ten sam projekt, tytuł i datę rozpoczęcia co inne wydarzenie</translation>
    </message>
    <message>
        <source>%1 of agencies sharing their acronym or name with another agency of the event or of another country</source>
        <translation>%1 w przypadku instytucji, których akronim lub nazwa powtarza się u innej instytucji tego wydarzenia lub u instytucji z innego kraju</translation>
    </message>
    <message>
        <source>Left out %1 of %2 participation records (%3 participants), which the import format cannot hold: %4.</source>
        <translation>Pominięto wpisy o liczbie uczestników, których nie da się zapisać w formacie importu: %1 z %2 (liczba uczestników: %3). W tym: %4.</translation>
    </message>
    <message>
        <source>Left the organiser empty at %1 events: it takes part in none of the file&apos;s rows, so an import could not create it.</source>
        <translation>Pozostawiono puste pole organizatora przy wydarzeniach w liczbie %1: organizator nie występuje w żadnym wierszu pliku, więc import nie mógłby go utworzyć.</translation>
    </message>
    <message>
        <source>Left the end date empty at %1 events: it is only a year or a month.</source>
        <translation>Pozostawiono pustą datę zakończenia przy wydarzeniach w liczbie %1: podano w niej tylko rok lub miesiąc.</translation>
    </message>
    <message>
        <source>Cannot write %1: the record base is not open.</source>
        <translation>Nie można zapisać %1: baza rekordów nie jest otwarta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: reading %2 from %3 failed: %4</source>
        <translation>Nie można zapisać %1: nie udało się odczytać tabeli %2 z %3: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: reading the participation from %2 failed: %3</source>
        <translation>Nie można zapisać %1: nie udało się odczytać udziału w szkoleniach z %2: %3</translation>
    </message>
</context>
<context>
    <name>liaison::RecordFormDialog</name>
    <message>
        <source>Not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>To nie jest data: wpisz YYYY, YYYY-MM lub YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation>Problem w polu „%1”: %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>The title of the form for a new record; %1 is the kind: &quot;New Agency&quot;</extracomment>
        <translation>Nowy rekord: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>The title of the form for a record; %1 is its acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>Edycja: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>The label of a required field in a form</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>How to write a date in a form; keep the letters Y, M and D as they are</extracomment>
        <translation>YYYY, YYYY-MM lub YYYY-MM-DD</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown in a number field left empty</extracomment>
        <translation>brak</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Pola oznaczone * są wymagane.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>liaison::RecordKey</name>
    <message>
        <source>&quot;%1&quot; is not a record: write KIND:KEY (agency, project or event, then an acronym, a name or an id) or &quot;all&quot;</source>
        <translation>„%1” nie jest rekordem: wpisz KIND:KEY (agency, project lub event, a po dwukropku akronim, nazwę lub id) albo „all”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record: use agency, project or event</source>
        <translation>„%1” nie jest rodzajem rekordu: użyj agency, project lub event</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no record after the colon</source>
        <translation>w „%1” po dwukropku brakuje oznaczenia rekordu</translation>
    </message>
</context>
<context>
    <name>liaison::RecordSchema</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Parent programme or project</source>
        <translation>Program lub projekt nadrzędny</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Instytucja nadrzędna</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <source>Project or programme</source>
        <translation>Projekt lub program</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Kraj partnerski</translation>
    </message>
    <message>
        <source>Partner countries (more than)</source>
        <translation>Liczba krajów partnerskich (ponad)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Przedmiot</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Wydawca</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adres internetowy</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Data publikacji</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
</context>
<context>
    <name>liaison::RecordStore</name>
    <message>
        <source>All records</source>
        <translation>Wszystkie rekordy</translation>
    </message>
    <message>
        <source>No %1 &quot;%2&quot; in %3.</source>
        <translation>W %3 nie ma rekordu rodzaju %1 o kluczu „%2”.</translation>
    </message>
    <message>
        <source>Several records of kind %1 are named &quot;%2&quot;; use the id instead.</source>
        <translation>Kilka rekordów rodzaju %1 nosi nazwę „%2”; zamiast nazwy użyj id.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordTreeModel</name>
    <message>
        <source>Agencies</source>
        <translation>Instytucje</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Projekty i programy</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Organizacje międzynarodowe</translation>
    </message>
    <message>
        <source>EU agencies and bodies</source>
        <translation>Agencje i organy UE</translation>
    </message>
    <message>
        <source>Events outside projects</source>
        <translation>Wydarzenia poza projektami</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>acronym — full name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role or date</source>
        <translation>Rola lub data</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>liaison::SearchIndex</name>
    <message>
        <source>%1 has no search index yet; opening it for writing adds one.</source>
        <translation>Plik %1 nie ma jeszcze indeksu wyszukiwania; zostanie on dodany po otwarciu pliku do zapisu.</translation>
    </message>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>Nie można przeszukać %1: %2</translation>
    </message>
    <message>
        <source> — </source>
        <comment>search hit title: between an acronym and a name</comment>
        <translation> — </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a search hit&apos;s context</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>– %1</source>
        <comment>a project&apos;s dates: only the end is known</comment>
        <translation>– %1</translation>
    </message>
    <message>
        <source>%1 –</source>
        <comment>a project&apos;s dates: only the start is known</comment>
        <translation>%1 –</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a project&apos;s start and end dates</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>liaison::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Every shortcut of the window, as its menus and actions define them.</source>
        <translation>Wszystkie skróty klawiszowe okna, tak jak określają je jego menu i polecenia.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
</context>
<context>
    <name>liaison::Vocabulary</name>
    <message>
        <source>funding</source>
        <comment>role of an agency in a project</comment>
        <translation>instytucja finansująca</translation>
    </message>
    <message>
        <source>accountable</source>
        <comment>role of an agency in a project</comment>
        <translation>instytucja odpowiedzialna</translation>
    </message>
    <message>
        <source>implementing</source>
        <comment>role of an agency in a project</comment>
        <translation>instytucja wdrażająca</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>role of an agency in a project</comment>
        <translation>partner</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <comment>role of an agency in a project</comment>
        <translation>beneficjent</translation>
    </message>
    <message>
        <source>member</source>
        <comment>role of an agency in a project</comment>
        <translation>członek</translation>
    </message>
    <message>
        <source>National agency</source>
        <translation>Instytucja krajowa</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerstwo</translation>
    </message>
    <message>
        <source>Academy or training institution</source>
        <translation>Akademia lub ośrodek szkoleniowy</translation>
    </message>
    <message>
        <source>EU agency</source>
        <translation>Agencja UE</translation>
    </message>
    <message>
        <source>EU body</source>
        <translation>Organ UE</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organizacja międzynarodowa</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Information-exchange network or system</source>
        <translation>Sieć lub system wymiany informacji</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinarium</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferencja</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Moduł</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>project status</comment>
        <translation>planowany</translation>
    </message>
    <message>
        <source>active</source>
        <comment>project status</comment>
        <translation>w realizacji</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>project status</comment>
        <translation>zakończony</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>project status</comment>
        <translation>anulowany</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>project status</comment>
        <translation>zawieszony</translation>
    </message>
    <message>
        <source>Published article</source>
        <translation>Opublikowany artykuł</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Dokument urzędowy</translation>
    </message>
    <message>
        <source>Illustrative sample</source>
        <translation>Fikcyjny przykład</translation>
    </message>
</context>
</TS>
