<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>liaison::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportCommand</name>
    <message>
        <source>--chart: unknown chart &quot;%1&quot;; use %2.</source>
        <translation>--chart: grafic necunoscut „%1”; folosiți %2.</translation>
    </message>
    <message>
        <source>--output: unknown image format &quot;%1&quot; in %2; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>--output: format de imagine necunoscut „%1” în %2; folosiți .png, .jpg, .jpeg, .svg sau .pdf.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size; write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size: „%1” nu este o dimensiune; scrieți LĂȚIMExÎNĂLȚIME, de ex. 1920x1080.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toate înregistrările</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 × %4).</source>
        <translation>A fost scris fișierul %1 (%2, %3 × %4).</translation>
    </message>
    <message>
        <source>note: no training participation is recorded for %1.</source>
        <translation>notă: pentru %1 nu este înregistrată nicio participare la instruire.</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportDialog</name>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Imaginea va avea %1 × %2 pixeli.</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Dimensiunea imaginii</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Dimensiune:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Lățime:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>Î&amp;nălțime:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Scară:</translation>
    </message>
    <message>
        <source>As shown (%1 × %2)</source>
        <translation>Ca pe ecran (%1 × %2)</translation>
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
        <translation>Personalizată</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExporter</name>
    <message>
        <source>%1: unknown image format &quot;%2&quot;; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>%1: format de imagine necunoscut „%2”; folosiți .png, .jpg, .jpeg, .svg sau .pdf.</translation>
    </message>
    <message>
        <source>%1: the size %2×%3 is outside 100×100 to 10000×10000.</source>
        <translation>%1: dimensiunea %2×%3 nu se încadrează între 100×100 și 10000×10000.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>Nu se poate scrie %1: imaginea nu a putut fi codificată.</translation>
    </message>
    <message>
        <source>Chart exported by Liaison</source>
        <translation>Grafic exportat de Liaison</translation>
    </message>
</context>
<context>
    <name>liaison::ChartFactory</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participanți</numerusform>
            <numerusform>%Ln de participanți</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Pe ani</translation>
    </message>
    <message>
        <source>By event kind</source>
        <translation>Pe tipuri de eveniment</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Pe instituții</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Pe țări</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulat</translation>
    </message>
    <message>
        <source>No training participation recorded for %1</source>
        <translation>Nu este înregistrată nicio participare la instruire pentru %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: participants by year</source>
        <translation>%1: participanți pe ani</translation>
    </message>
    <message>
        <source>%1: participants by event kind</source>
        <translation>%1: participanți pe tipuri de eveniment</translation>
    </message>
    <message>
        <source>%1: participants by agency</source>
        <translation>%1: participanți pe instituții</translation>
    </message>
    <message>
        <source>%1: participants by country</source>
        <translation>%1: participanți pe țări</translation>
    </message>
    <message>
        <source>%1: participants over time</source>
        <translation>%1: participanți de-a lungul timpului</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>chart title, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Fără dată</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Fără țară</translation>
    </message>
    <message>
        <source>Outside projects</source>
        <translation>În afara proiectelor</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Participants, cumulative</source>
        <translation>Participanți (cumulat)</translation>
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
        <translation>Datele graficului nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Nicio bază de înregistrări deschisă</translation>
    </message>
    <message>
        <source>%1 has no training participation of its own.</source>
        <translation>Pentru %1 nu este înregistrată nicio participare proprie la instruire.</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Grafic:</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>Tipul graficului</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>Export the chart as an image or document (Ctrl+E)</source>
        <translation>Exportă graficul ca imagine sau document (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiază</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiază graficul în clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chart of training participation</source>
        <translation>Graficul participării la instruire</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toate înregistrările</translation>
    </message>
</context>
<context>
    <name>liaison::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afișează acest ajutor și iese.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afișează versiunea și iese.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CALE</translation>
    </message>
    <message>
        <source>Interface language for this run (e.g. en, ru, az).</source>
        <translation>Limba interfeței pentru această rulare (de ex. en, ru, az).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>init: fill the new record base with the demo records.</source>
        <translation>init: completează noua bază de înregistrări cu înregistrările demonstrative.</translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation>KIND:KEY</translation>
    </message>
    <message>
        <source>Liaison browses international cooperation records: agencies, projects, events and training participation.</source>
        <translation>Liaison permite consultarea înregistrărilor privind cooperarea internațională: instituții, proiecte, evenimente și participarea la instruire.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[comandă]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Languages: %2.</source>
        <translation>Limbă necunoscută „%1”. Limbi disponibile: %2.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database necesită calea unui fișier.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument neașteptat „%1”.</translation>
    </message>
    <message>
        <source>--demo is an option of the init command.</source>
        <translation>--demo este o opțiune a comenzii init.</translation>
    </message>
    <message>
        <source>summary needs --record KIND:KEY or --record all.</source>
        <translation>summary necesită --record KIND:KEY sau --record all.</translation>
    </message>
    <message>
        <source>Try &quot;liaison --help&quot;.</source>
        <translation>Încercați „liaison --help”.</translation>
    </message>
    <message>
        <source>The window cannot be opened from here.</source>
        <translation>Fereastra nu poate fi deschisă de aici.</translation>
    </message>
    <message>
        <source>Created the demo record base %1.</source>
        <translation>A fost creată baza de înregistrări demonstrativă %1.</translation>
    </message>
    <message>
        <source>Created the record base %1.</source>
        <translation>A fost creată baza de înregistrări %1.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integritate: %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>referințe: %1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2; open the record base once with write access to upgrade it</source>
        <translation>versiunea schemei este %1, se aștepta %2; deschideți o dată baza de înregistrări cu drept de scriere pentru a o actualiza</translation>
    </message>
    <message>
        <source>%1: integrity ok, references ok, schema version %2.</source>
        <translation>%1: integritate în regulă, referințe în regulă, versiunea schemei %2.</translation>
    </message>
    <message>
        <source>export-chart: by-year, by-kind, by-agency, by-country or cumulative.</source>
        <translation>export-chart: by-year, by-kind, by-agency, by-country sau cumulative.</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>GRAFIC</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIȘIER</translation>
    </message>
    <message>
        <source>export-chart: the size in pixels (default 1600x900).</source>
        <translation>export-chart: dimensiunea în pixeli (implicit 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxÎ</translation>
    </message>
    <message>
        <source>summary, export-chart: the record, as KIND:KEY (agency, project or event; an acronym, exact name or id) or all.</source>
        <translation>summary, export-chart: înregistrarea, sub forma KIND:KEY (agency, project sau event; un acronim, numele exact sau identificatorul) sau all.</translation>
    </message>
    <message>
        <source>--record is an option of the summary and export-chart commands.</source>
        <translation>--record este o opțiune a comenzilor summary și export-chart.</translation>
    </message>
    <message>
        <source>--%1 is an option of the export-chart command.</source>
        <translation>--%1 este o opțiune a comenzii export-chart.</translation>
    </message>
    <message>
        <source>export-chart needs --record, --chart and --output.</source>
        <translation>export-chart necesită --record, --chart și --output.</translation>
    </message>
    <message>
        <source>export-chart, export: the file to write (for charts .png, .jpg, .svg or .pdf).</source>
        <translation>export-chart, export: fișierul de scris (pentru grafice: .png, .jpg, .svg sau .pdf).</translation>
    </message>
    <message>
        <source>export: csv (the participation, in the import format) or json (every record with its source).</source>
        <translation>export: csv (participarea, în formatul de import) sau json (toate înregistrările, fiecare cu sursa sa).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--output is an option of the export and export-chart commands.</source>
        <translation>--output este o opțiune a comenzilor export și export-chart.</translation>
    </message>
    <message>
        <source>--format is an option of the export command.</source>
        <translation>--format este o opțiune a comenzii export.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import necesită fișierul CSV care trebuie citit.</translation>
    </message>
    <message>
        <source>export needs --format csv|json and --output FILE.</source>
        <translation>export necesită --format csv|json și --output FIȘIER.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Formats: csv, json.</source>
        <translation>Format necunoscut „%1”. Formate: csv, json.</translation>
    </message>
    <message>
        <source>nothing was imported; %1 is unchanged.</source>
        <translation>nu s-a importat nimic; %1 nu a fost modificat.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 participation records written; %4 projects, %5 events and %6 agencies created.</source>
        <translation>Fișierul %2 a fost importat (rânduri: %1). Înregistrări de participare scrise: %3; proiecte create: %4; evenimente create: %5; instituții create: %6.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>A fost scris fișierul %1.</translation>
    </message>
    <message>
        <source>The record base: an SQLite file or a postgresql://user@host:port/dbname address. Default: %1</source>
        <translation>Baza de înregistrări: un fișier SQLite sau o adresă postgresql://user@host:port/dbname. Implicit: %1</translation>
    </message>
    <message>
        <source>copy: the record base to copy (a file or an address).</source>
        <translation>copy: baza de înregistrări care se copiază (un fișier sau o adresă).</translation>
    </message>
    <message>
        <source>copy: the new record base (a file that does not exist, or an empty database).</source>
        <translation>copy: noua bază de înregistrări (un fișier care nu există încă sau o bază de date goală).</translation>
    </message>
    <message>
        <source>init, summary, check, import FILE.csv, export, export-chart or copy; none opens the window.</source>
        <translation>init, summary, check, import FIȘIER.csv, export, export-chart sau copy; fără comandă se deschide fereastra.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, summary, check, import, export, export-chart, copy.</source>
        <translation>Comandă necunoscută „%1”. Comenzi: init, summary, check, import, export, export-chart, copy.</translation>
    </message>
    <message>
        <source>copy needs --from and --to (not --database).</source>
        <translation>copy necesită --from și --to (nu --database).</translation>
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
        <translation>Comenzi:
  (niciuna) Deschide fereastra cu baza de înregistrări.
  init      Creează o bază de înregistrări goală sau, cu --demo, una cu
            înregistrările demonstrative. Nu modifică un fișier existent.
  summary   Afișează ca JSON totalurile participării la instruire ale unei
            înregistrări.
  check     Verifică integritatea, referințele și versiunea schemei bazei
            de înregistrări.
  import FIȘIER.csv
            Importă participarea la instruire dintr-un fișier CSV, integral
            sau deloc.
  export    Scrie participarea ca CSV (formatul de import) sau toate
            înregistrările, fiecare cu sursa sa, ca JSON.
  export-chart
            Scrie un grafic al participării la instruire a unei înregistrări
            ca PNG, JPEG, SVG sau PDF (după extensia din --output). Nu
            necesită ecran.
  copy      Copiază o bază de înregistrări întreagă --from dintr-un fișier
            sau de pe un server --to într-un fișier nou sau într-o bază de
            date goală de pe server și compară rezumatele celor două.

O bază de înregistrări este un fișier SQLite sau o adresă de server,
postgresql://user@host:port/dbname; parola se ia din adresă, din
PGPASSWORD, din fișierul de parole (PGPASSFILE, ~/.pgpass) sau este
cerută la terminal.

Cod de ieșire: 0 succes, 1 eșec, 2 eroare de utilizare.
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Parola pentru %1: </translation>
    </message>
    <message>
        <source>%1: integrity and references kept by the server, schema version %2.</source>
        <translation>%1: integritatea și referințele sunt asigurate de server, versiunea schemei %2.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3.</source>
        <translation>S-a copiat %1 în %2: %3.</translation>
    </message>
    <message>
        <source>The summaries match.</source>
        <translation>Rezumatele coincid.</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Conectare la server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Bază de date:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rolă:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Memorează parola în depozitul de parole al sistemului</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>din PGPASSWORD sau ~/.pgpass dacă rămâne necompletată</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectează</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresă: %1</translation>
    </message>
</context>
<context>
    <name>liaison::CountryList</name>
    <message>
        <source>the embedded country list %1 is missing</source>
        <translation>lista de țări încorporată %1 lipsește</translation>
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
        <translation>Emiratele Arabe Unite</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua și Barbuda</translation>
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
        <translation>Antarctica</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa americană</translation>
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
        <translation>Insulele Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaijan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia și Herțegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladeș</translation>
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
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrein</translation>
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
        <translation>Sfântul Bartolomeu</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermude</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius și Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazilia</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Insula Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorusia</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Insulele Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Congo, Republica democrată</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Republica Central Africană</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Elveția</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Coasta de Fildeș</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Insulele Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Columbia</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Capul Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Insula Crăciunului</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cipru</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Cehia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemarca</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Republica Dominicană</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
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
        <translation>Sahara de Vest</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritreea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spania</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlanda</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Insulele Falkland (Insulele Malvine)</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Micronesia, Statele federale ale</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Insulele Feroe</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Franța</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regatul Unit</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guiana Franceză</translation>
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
        <translation>Groenlanda</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadelupa</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorială</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Georgia de Sud și Insulele Sandwich de sud</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Insula Heard și Insulele McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croația</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungaria</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonezia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Insula Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Teritoriul britanic din Oceanul Indian</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran, Republica islamică</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Iordania</translation>
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
        <translation>Kârgâzstan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambogia</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoros</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint Kitts și Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Republica democrată populară Coreea</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Republica Coreea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuweit</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Insulele Caiman</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Republica populară democrată Lao</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sfânta Lucia</translation>
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
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Muntenegru</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Sfântul Martin (partea franceză)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Insulele Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia de Nord</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Insulele Mariane de Nord</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
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
        <translation>Maurițius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldive</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexic</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaezia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambic</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Noua Caledonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Insula Norfolk</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Olanda</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvegia</translation>
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
        <translation>Noua Zeelandă</translation>
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
        <translation>Polinezia Franceză</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua Noua Guinee</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipine</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint Pierre și Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Palestina, Statul</translation>
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
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>România</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Federația Rusă</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudită</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Insulele Solomon</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suedia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Sfânta Elena, Ascension și Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard și Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovacia</translation>
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
        <translation>Sudanul de Sud</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tome și Principe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sfântul Martin (partea olandeză)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Republica Araba Siria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Insulele Turks și Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Ciad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Teritoriile franceze de sud</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailanda</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tajikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timorul de Est</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turcia</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad și Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Insulele de Coasta ale Statelor Unite</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Statele Unite</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Vatican</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint Vincent și Grenadinele</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Insulele virgine (britanice)</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Insulele virgine (SUA)</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis și Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Africa de sud</translation>
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
        <translation>adăugarea instituției %1</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <extracomment>An undo step; %1 is the new project&apos;s acronym or name</extracomment>
        <translation>adăugarea proiectului %1</translation>
    </message>
    <message>
        <source>Create event %1</source>
        <extracomment>An undo step; %1 is the new event&apos;s title</extracomment>
        <translation>adăugarea evenimentului %1</translation>
    </message>
    <message>
        <source>Create person %1</source>
        <extracomment>An undo step; %1 is the new person&apos;s name</extracomment>
        <translation>adăugarea persoanei %1</translation>
    </message>
    <message>
        <source>Create agreement %1</source>
        <extracomment>An undo step; %1 is the new agreement&apos;s subject</extracomment>
        <translation>adăugarea acordului %1</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <extracomment>An undo step; %1 is the new source&apos;s title</extracomment>
        <translation>adăugarea sursei %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <extracomment>An undo step; %1 is the new record&apos;s name</extracomment>
        <translation>adăugarea înregistrării %1</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>fișierul conține text UTF-16; salvați-l ca UTF-8</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (byte %1); save the file as UTF-8</source>
        <translation>linia nu este text UTF-8 valid (octetul %1); salvați fișierul ca UTF-8</translation>
    </message>
    <message>
        <source>the quote that opens a field on this line is never closed (a missing &quot; or a quote inside a field that was not written &quot;&quot;)</source>
        <translation>ghilimelele care deschid un câmp pe această linie nu sunt închise niciodată (lipsește un &quot; sau ghilimelele din interiorul unui câmp nu au fost scrise &quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>text după ghilimelele de închidere ale unui câmp; ghilimelele din interiorul unui câmp încadrat în ghilimele se scriu dublat (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>the file is not a database</source>
        <translation>fișierul nu este o bază de date</translation>
    </message>
    <message>
        <source>the database file is damaged (malformed)</source>
        <translation>fișierul bazei de date este deteriorat (format incorect)</translation>
    </message>
    <message>
        <source>the record base is locked by another program</source>
        <translation>baza de înregistrări este blocată de alt program</translation>
    </message>
    <message>
        <source>the disk or the record base is full</source>
        <translation>discul sau baza de înregistrări nu mai are spațiu liber</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Driverul SQLite pentru Qt (QSQLITE) nu este instalat.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nu se poate deschide %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>No record base at %1.</source>
        <translation>Nu există nicio bază de înregistrări la %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Liaison record base. The file was not changed.</source>
        <translation>%1 este o bază de date SQLite, dar nu este o bază de înregistrări Liaison. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>%1 există deja; nu a fost modificat.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nu se poate crea dosarul %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>rândul %1 din tabelul %2 face trimitere la un rând inexistent din tabelul %3</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s quick check: %2). The file was not changed.</source>
        <translation>%1 este deteriorat (verificarea rapidă SQLite: %2). Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>Cannot open %1: its latest changes are in %2, which can only be read with write access to the folder %3. The file was not changed.</source>
        <translation>Nu se poate deschide %1: cele mai recente modificări ale sale se află în %2, care poate fi citit doar cu drept de scriere în dosarul %3. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to this file.</source>
        <translation>%1 este deschis doar pentru citire: nu aveți drept de scriere în acest fișier.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to its folder %2, where SQLite keeps its working files while writing.</source>
        <translation>%1 este deschis doar pentru citire: nu aveți drept de scriere în dosarul său %2, în care SQLite își păstrează fișierele de lucru în timpul scrierii.</translation>
    </message>
    <message>
        <source>%1 is open read-only: it was written by a newer Liaison (schema version %2; this version knows up to %3).</source>
        <translation>%1 este deschis doar pentru citire: a fost scris de o versiune mai nouă a Liaison (versiunea schemei %2; această versiune cunoaște cel mult versiunea %3).</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 este deschis doar pentru citire.</translation>
    </message>
    <message>
        <source>your database role may not do this (%1)</source>
        <translation>rolul dumneavoastră în baza de date nu are permisiunea pentru această operație (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>conexiunea cu serverul s-a întrerupt (%1)</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Driverul PostgreSQL pentru Qt (QPSQL) nu este instalat.</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 solicită o parolă.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 a refuzat numele de utilizator sau parola.</translation>
    </message>
    <message>
        <source>The server has no database %1 (%2).</source>
        <translation>Pe server nu există baza de date %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Nu se poate realiza conectarea la %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but it is not a Liaison record base. Nothing was changed.</source>
        <translation>%1 conține tabele, dar nu este o bază de înregistrări Liaison. Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>%1 holds no record base yet.</source>
        <translation>%1 nu conține încă o bază de înregistrări.</translation>
    </message>
    <message>
        <source>%1 already holds tables; it was left untouched.</source>
        <translation>%1 conține deja tabele; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>%1 is open read-only: the database role %2 may read it but not change it.</source>
        <translation>Baza de date %1 este deschisă doar pentru citire: rolul %2 o poate citi, dar nu o poate modifica.</translation>
    </message>
</context>
<context>
    <name>liaison::DatabaseLocation</name>
    <message>
        <source>No record base given: name an SQLite file or a postgresql:// address</source>
        <translation>Nu a fost indicată nicio bază de înregistrări: indicați un fișier SQLite sau o adresă postgresql://</translation>
    </message>
    <message>
        <source>Unknown kind of address &quot;%1://&quot;: Liaison opens SQLite files and postgresql:// addresses</source>
        <translation>Tip de adresă necunoscut „%1://”: Liaison deschide fișiere SQLite și adrese postgresql://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address is not a valid percent-encoded character</source>
        <translation>„%1” din adresă nu este un caracter valid codificat cu procent</translation>
    </message>
    <message>
        <source>No host name after &quot;@&quot;: write postgresql://USER@HOST/DATABASE</source>
        <translation>Lipsește numele gazdei după „@”: scrieți postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in brackets: write an IPv6 address as [::1] or [::1]:5432</source>
        <translation>„%1” nu este o gazdă între paranteze drepte: scrieți o adresă IPv6 sub forma [::1] sau [::1]:5432</translation>
    </message>
    <message>
        <source>Several servers (&quot;%1&quot;) are not supported: name one host</source>
        <translation>Mai multe servere („%1”) nu sunt acceptate: indicați o singură gazdă</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the connection parameter %2</source>
        <translation>„%1” nu este o valoare validă pentru parametrul de conexiune %2</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot;</source>
        <translation>Parametru de conexiune necunoscut „%1”</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Portul „%1” nu este un număr între 1 și 65535</translation>
    </message>
</context>
<context>
    <name>liaison::DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Delete ASCCA&quot;</extracomment>
        <translation>ștergerea înregistrării %1</translation>
    </message>
</context>
<context>
    <name>liaison::DemoDatabase</name>
    <message>
        <source>demo records, %1: %2</source>
        <translation>înregistrări demonstrative, %1: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; names an unknown record &quot;%2&quot;</source>
        <translation>câmpul „%1” indică o înregistrare necunoscută, „%2”</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;</source>
        <translation>panel necunoscut: „%1”</translation>
    </message>
    <message>
        <source>the embedded demo records %1 are missing</source>
        <translation>înregistrările demonstrative încorporate %1 lipsesc</translation>
    </message>
    <message>
        <source>the embedded demo records are not valid JSON at offset %1: %2</source>
        <translation>înregistrările demonstrative încorporate nu sunt JSON valid la poziția %1: %2</translation>
    </message>
</context>
<context>
    <name>liaison::DetailPane</name>
    <message>
        <source>agency</source>
        <comment>kind of record</comment>
        <translation>instituție</translation>
    </message>
    <message>
        <source>project or programme</source>
        <comment>kind of record</comment>
        <translation>proiect sau program</translation>
    </message>
    <message>
        <source>event</source>
        <comment>kind of record</comment>
        <translation>eveniment</translation>
    </message>
    <message>
        <source>person</source>
        <comment>kind of record</comment>
        <translation>persoană</translation>
    </message>
    <message>
        <source>agreement</source>
        <comment>kind of record</comment>
        <translation>acord</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of record</comment>
        <translation>țară</translation>
    </message>
    <message>
        <source>source</source>
        <comment>kind of record</comment>
        <translation>sursă</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>din %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>până în %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participanți</numerusform>
            <numerusform>%Ln de participanți</numerusform>
        </translation>
    </message>
    <message>
        <source>illustrative sample</source>
        <translation>exemplu ilustrativ fictiv</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln countries</source>
        <translation>
            <numerusform>mai mult de %Ln țară</numerusform>
            <numerusform>mai mult de %Ln țări</numerusform>
            <numerusform>mai mult de %Ln de țări</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>party with partner</comment>
        <translation>%1 cu %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>semnat: %1</translation>
    </message>
    <message>
        <source>Illustrative sample — not a real record</source>
        <translation>Exemplu ilustrativ — nu este o înregistrare reală</translation>
    </message>
    <message>
        <source>This record was made up to make browsing and charts meaningful; no real source states it.</source>
        <translation>Această înregistrare este fictivă, creată pentru ca navigarea și graficele să fie relevante; nicio sursă reală nu o atestă.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Nicio bază de înregistrări deschisă</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Înregistrările nu pot fi numărate: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln instituție</numerusform>
            <numerusform>%Ln instituții</numerusform>
            <numerusform>%Ln de instituții</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln proiect sau program</numerusform>
            <numerusform>%Ln proiecte și programe</numerusform>
            <numerusform>%Ln de proiecte și programe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln eveniment</numerusform>
            <numerusform>%Ln evenimente</numerusform>
            <numerusform>%Ln de evenimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persoană</numerusform>
            <numerusform>%Ln persoane</numerusform>
            <numerusform>%Ln de persoane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln acord</numerusform>
            <numerusform>%Ln acorduri</numerusform>
            <numerusform>%Ln de acorduri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants in training events recorded.</source>
        <translation>
            <numerusform>S-a înregistrat %Ln participant la evenimente de instruire.</numerusform>
            <numerusform>S-au înregistrat %Ln participanți la evenimente de instruire.</numerusform>
            <numerusform>S-au înregistrat %Ln de participanți la evenimente de instruire.</numerusform>
        </translation>
    </message>
    <message>
        <source>published article</source>
        <translation>articol publicat</translation>
    </message>
    <message>
        <source>official record</source>
        <translation>document oficial</translation>
    </message>
    <message>
        <source>illustrative sample, not a real record</source>
        <translation>exemplu ilustrativ, nu o înregistrare reală</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln înregistrare</numerusform>
            <numerusform>%Ln înregistrări</numerusform>
            <numerusform>%Ln de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>Această înregistrare nu mai există</translation>
    </message>
    <message>
        <source>It may have been deleted, or another record base was opened.</source>
        <translation>Este posibil să fi fost ștearsă sau să fi fost deschisă o altă bază de înregistrări.</translation>
    </message>
    <message>
        <source>This record could not be read</source>
        <translation>Această înregistrare nu a putut fi citită</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Face parte din</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Sub-agencies</source>
        <translation>Instituții subordonate</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Proiecte și programe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acorduri</translation>
    </message>
    <message>
        <source>Outside any project</source>
        <translation>În afara oricărui proiect</translation>
    </message>
    <message>
        <source>Participants by project</source>
        <translation>Participanți pe proiecte</translation>
    </message>
    <message>
        <source>%1 in events of %2, as reported by %3</source>
        <translation>%1 la evenimentele %2, conform sursei %3</translation>
    </message>
    <message>
        <source>Reported totals</source>
        <translation>Totaluri raportate</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, including the projects under it</source>
        <translation>
            <numerusform>%Ln participant, inclusiv în subproiecte</numerusform>
            <numerusform>%Ln participanți, inclusiv cei din subproiecte</numerusform>
            <numerusform>%Ln de participanți, inclusiv cei din subproiecte</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects under it</source>
        <translation>Subproiecte</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instituții</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>%1 of %2, as reported by %3</source>
        <translation>%1 din partea %2, conform sursei %3</translation>
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
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Countries that attended</source>
        <translation>Țări participante</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneluri</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>Instituții participante</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Panelul: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Prezentări</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acord</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Data semnării</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Events held here</source>
        <translation>Evenimente desfășurate aici</translation>
    </message>
    <message>
        <source>Events its delegations attended</source>
        <translation>Evenimente la care au participat delegațiile sale</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Data publicării</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln rol al unei instituții într-un proiect</numerusform>
            <numerusform>%Ln roluri ale instituțiilor în proiecte</numerusform>
            <numerusform>%Ln de roluri ale instituțiilor în proiecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries attending events</source>
        <translation>
            <numerusform>%Ln țară participantă la evenimente</numerusform>
            <numerusform>%Ln țări participante la evenimente</numerusform>
            <numerusform>%Ln de țări participante la evenimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel</numerusform>
            <numerusform>%Ln paneluri</numerusform>
            <numerusform>%Ln de paneluri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln prezentare</numerusform>
            <numerusform>%Ln prezentări</numerusform>
            <numerusform>%Ln de prezentări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation counts</source>
        <translation>
            <numerusform>%Ln cifră de participare</numerusform>
            <numerusform>%Ln cifre de participare</numerusform>
            <numerusform>%Ln de cifre de participare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln total raportat</numerusform>
            <numerusform>%Ln totaluri raportate</numerusform>
            <numerusform>%Ln de totaluri raportate</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citată de</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln records of %1 are listed.</source>
        <translation>
            <numerusform>Este afișată doar %Ln înregistrare din %1.</numerusform>
            <numerusform>Sunt afișate primele %Ln înregistrări din %1.</numerusform>
            <numerusform>Sunt afișate primele %Ln de înregistrări din %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Detaliile înregistrării</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln are shown.</source>
        <translation>
            <numerusform>Sunt afișate primele %1 din %Ln.</numerusform>
            <numerusform>Sunt afișate primele %1 din %Ln.</numerusform>
            <numerusform>Sunt afișate primele %1 din %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Afișează toate</translation>
    </message>
</context>
<context>
    <name>liaison::EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>modificarea înregistrării %1</translation>
    </message>
</context>
<context>
    <name>liaison::ImportDialog</name>
    <message>
        <source>Import Participation</source>
        <translation>Importă participarea</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation>Primele &amp;rânduri:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primele rânduri ale fișierului</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Probleme găsite în fișier</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importul a fost anulat; nu s-a scris nimic.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problems in %1.</source>
        <translation>
            <numerusform>Nu s-a importat nimic: %n problemă în %1.</numerusform>
            <numerusform>Nu s-a importat nimic: %n probleme în %1.</numerusform>
            <numerusform>Nu s-a importat nimic: %n de probleme în %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>%1 nu poate fi importat: %n problemă. Nu se va scrie nimic până când aceasta nu este rezolvată.</numerusform>
            <numerusform>%1 nu poate fi importat: %n probleme. Nu se va scrie nimic până când acestea nu sunt rezolvate.</numerusform>
            <numerusform>%1 nu poate fi importat: %n de probleme. Nu se va scrie nimic până când acestea nu sunt rezolvate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</source>
        <translation>
            <numerusform>%1: %Ln rând de participare la instruire, gata de import. Fișierul se importă integral, dintr-odată, sau deloc.</numerusform>
            <numerusform>%1: %Ln rânduri de participare la instruire, gata de import. Fișierul se importă integral, dintr-odată, sau deloc.</numerusform>
            <numerusform>%1: %Ln de rânduri de participare la instruire, gata de import. Fișierul se importă integral, dintr-odată, sau deloc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>depozitul de parole al sistemului nu a răspuns la timp</translation>
    </message>
    <message>
        <source>The system keychain could not read the password of %1: %2</source>
        <translation>Depozitul de parole al sistemului nu a putut citi parola pentru %1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1: %2</source>
        <translation>Depozitul de parole al sistemului nu a putut memora parola pentru %1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password of %1: %2</source>
        <translation>Depozitul de parole al sistemului nu a putut șterge parola pentru %1: %2</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison record bases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze de înregistrări Liaison (*.sqlite *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Could not read the record base: %1</source>
        <translation>Baza de înregistrări nu a putut fi citită: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Deschide &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mergi</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;New Record Base…</source>
        <translation>Bază de înregistrări &amp;nouă…</translation>
    </message>
    <message>
        <source>Create an empty record base</source>
        <translation>Creează o bază de înregistrări goală</translation>
    </message>
    <message>
        <source>&amp;Open Record Base…</source>
        <translation>&amp;Deschide o bază de înregistrări…</translation>
    </message>
    <message>
        <source>Open another record base</source>
        <translation>Deschide o altă bază de înregistrări</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Ca&amp;ută…</translation>
    </message>
    <message>
        <source>Search the record base</source>
        <translation>Caută în baza de înregistrări</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Îna&amp;poi</translation>
    </message>
    <message>
        <source>Back to the previous record</source>
        <translation>Înapoi la înregistrarea anterioară</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Înain&amp;te</translation>
    </message>
    <message>
        <source>Forward to the next record</source>
        <translation>Înainte la înregistrarea următoare</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Acasă</translation>
    </message>
    <message>
        <source>The record base overview</source>
        <translation>Prezentarea generală a bazei de înregistrări</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigare</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Bară de &amp;unelte</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Bară de &amp;stare</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Ecran &amp;complet</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;Despre Liaison</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Despre &amp;Qt</translation>
    </message>
    <message>
        <source>Search records (Ctrl+F)</source>
        <translation>Caută înregistrări (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Caută înregistrări</translation>
    </message>
    <message>
        <source>Agencies and projects</source>
        <translation>Instituții și proiecte</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultatele căutării</translation>
    </message>
    <message>
        <source>Record browser</source>
        <translation>Navigator de înregistrări</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The demo record base could not be created.

%1</source>
        <translation>Baza de înregistrări demonstrativă nu a putut fi creată.

%1</translation>
    </message>
    <message>
        <source>The record base could not be opened.

%1</source>
        <translation>Baza de înregistrări nu a putut fi deschisă.

%1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Record Base</source>
        <translation>Deschide o bază de înregistrări</translation>
    </message>
    <message>
        <source>No recent record bases</source>
        <translation>Nicio bază de înregistrări recentă</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Nicio bază de înregistrări deschisă</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Înregistrările nu pot fi numărate: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n instituție</numerusform>
            <numerusform>%n instituții</numerusform>
            <numerusform>%n de instituții</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects and programmes</source>
        <translation>
            <numerusform>%n proiect sau program</numerusform>
            <numerusform>%n proiecte și programe</numerusform>
            <numerusform>%n de proiecte și programe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n eveniment</numerusform>
            <numerusform>%n evenimente</numerusform>
            <numerusform>%n de evenimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoană</numerusform>
            <numerusform>%n persoane</numerusform>
            <numerusform>%n de persoane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n acord</numerusform>
            <numerusform>%n acorduri</numerusform>
            <numerusform>%n de acorduri</numerusform>
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
        <translation>Căutarea a eșuat: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: title · context</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No records match &quot;%1&quot;</source>
        <translation>Nicio înregistrare nu corespunde căutării „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n records found</source>
        <translation>
            <numerusform>A fost găsită %n înregistrare</numerusform>
            <numerusform>Au fost găsite %n înregistrări</numerusform>
            <numerusform>Au fost găsite %n de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>New Record Base</source>
        <translation>Bază de înregistrări nouă</translation>
    </message>
    <message>
        <source>The record base could not be created.

%1</source>
        <translation>Baza de înregistrări nu a putut fi creată.

%1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Despre Liaison</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exportă graficul…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG or PDF</source>
        <translation>Salvează graficul ca PNG, JPEG, SVG sau PDF</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Copiază &amp;graficul</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Copiază graficul în clipboard ca imagine</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafic</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Grafic</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toate înregistrările</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Nu există niciun grafic de exportat.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagine PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Imagine JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Desen SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportă graficul</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Graficul a fost salvat ca %1</translation>
    </message>
    <message>
        <source>There is no chart to copy.</source>
        <translation>Nu există niciun grafic de copiat.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Graficul a fost copiat în clipboard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln eveniment</numerusform>
            <numerusform>%Ln evenimente</numerusform>
            <numerusform>%Ln de evenimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation records</source>
        <translation>
            <numerusform>%Ln înregistrare de participare</numerusform>
            <numerusform>%Ln înregistrări de participare</numerusform>
            <numerusform>%Ln de înregistrări de participare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln rol al unei instituții într-un proiect</numerusform>
            <numerusform>%Ln roluri ale instituțiilor în proiecte</numerusform>
            <numerusform>%Ln de roluri ale instituțiilor în proiecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel</numerusform>
            <numerusform>%Ln paneluri</numerusform>
            <numerusform>%Ln de paneluri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln prezentare</numerusform>
            <numerusform>%Ln prezentări</numerusform>
            <numerusform>%Ln de prezentări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attending countries</source>
        <translation>
            <numerusform>%Ln țară participantă</numerusform>
            <numerusform>%Ln țări participante</numerusform>
            <numerusform>%Ln de țări participante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln total raportat</numerusform>
            <numerusform>%Ln totaluri raportate</numerusform>
            <numerusform>%Ln de totaluri raportate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persoană</numerusform>
            <numerusform>%Ln persoane</numerusform>
            <numerusform>%Ln de persoane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln instituție</numerusform>
            <numerusform>%Ln instituții</numerusform>
            <numerusform>%Ln de instituții</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln proiect sau program</numerusform>
            <numerusform>%Ln proiecte și programe</numerusform>
            <numerusform>%Ln de proiecte și programe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln acord</numerusform>
            <numerusform>%Ln acorduri</numerusform>
            <numerusform>%Ln de acorduri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records</source>
        <translation>
            <numerusform>%Ln altă înregistrare</numerusform>
            <numerusform>%Ln alte înregistrări</numerusform>
            <numerusform>%Ln de alte înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Participation…</source>
        <translation>I&amp;mportă participarea…</translation>
    </message>
    <message>
        <source>Import training participation from a CSV file</source>
        <translation>Importă participarea la instruire dintr-un fișier CSV</translation>
    </message>
    <message>
        <source>Export &amp;Records…</source>
        <translation>E&amp;xportă înregistrările…</translation>
    </message>
    <message>
        <source>Save the records as JSON, or the participation as CSV</source>
        <translation>Salvează înregistrările ca JSON sau participarea ca CSV</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>Înregistrare &amp;nouă</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>new record of a kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Modifică înregistrarea…</translation>
    </message>
    <message>
        <source>Change the fields of the record shown</source>
        <translation>Modifică câmpurile înregistrării afișate</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>Ș&amp;terge înregistrarea…</translation>
    </message>
    <message>
        <source>Delete the record shown, after asking</source>
        <translation>Șterge înregistrarea afișată, după confirmare</translation>
    </message>
    <message>
        <source>Import Participation</source>
        <translation>Importă participarea</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fișiere CSV (*.csv);;Toate fișierele (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows from %1.</source>
        <translation>
            <numerusform>A fost importat %Ln rând din %1.</numerusform>
            <numerusform>Au fost importate %Ln rânduri din %1.</numerusform>
            <numerusform>Au fost importate %Ln de rânduri din %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training participation, CSV (*.csv)</source>
        <translation>Participarea la instruire, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every record, JSON (*.json)</source>
        <translation>Toate înregistrările, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Exportă înregistrările</translation>
    </message>
    <message>
        <source>Records saved as %1</source>
        <translation>Înregistrările au fost salvate ca %1</translation>
    </message>
    <message>
        <source>New Record</source>
        <translation>Înregistrare nouă</translation>
    </message>
    <message>
        <source>Select a record to edit.</source>
        <translation>Selectați o înregistrare pentru a o modifica.</translation>
    </message>
    <message>
        <source>Edit Record</source>
        <translation>Modifică înregistrarea</translation>
    </message>
    <message>
        <source>Select a record to delete.</source>
        <translation>Selectați o înregistrare pentru a o șterge.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Ștergeți %1?</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>Ștergerea înregistrării %1 elimină și %2.</translation>
    </message>
    <message>
        <source>These will no longer refer to it: %1.</source>
        <translation>Următoarele nu vor mai face trimitere la această înregistrare: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Puteți anula această operație din Editare → Anulează.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Șterge înregistrarea</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Anulează %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refă %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>The record base could not be opened.</source>
        <translation>Baza de înregistrări nu a putut fi deschisă.</translation>
    </message>
    <message>
        <source>There is no record base at %1.</source>
        <translation>Nu există nicio bază de înregistrări la %1.</translation>
    </message>
    <message>
        <source>Create an empty record base there?</source>
        <translation>Creați acolo o bază de înregistrări goală?</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Creează</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Deschide alta…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>Creează una &amp;nouă…</translation>
    </message>
    <message>
        <source>Read-only: %1 Records can be browsed, charted and exported, but not edited or imported.</source>
        <translation>Doar citire: %1 Înregistrările pot fi consultate, reprezentate în grafice și exportate, dar nu pot fi modificate sau importate.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Browse international cooperation records: agencies, projects and programmes, events, and training participation.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo records.&lt;/b&gt; The facts come from the article “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. The demo also holds an illustrative sample, marked as such, that is not a real record. Country names: ISO 3166-1, from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Consultarea înregistrărilor privind cooperarea internațională: instituții, proiecte și programe, evenimente și participarea la instruire.&lt;/p&gt;&lt;p&gt;Licență: GNU General Public License, versiunea 3 sau o versiune ulterioară.&lt;br&gt;Compilat cu Qt %2 (rulează cu Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Înregistrări demonstrative.&lt;/b&gt; Faptele provin din articolul „The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. Datele demonstrative conțin și un exemplu ilustrativ fictiv, marcat ca atare, care nu este o înregistrare reală. Numele țărilor: ISO 3166-1, din pachetul iso-codes al Debian.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Conectare la &amp;server…</translation>
    </message>
    <message>
        <source>Open a record base on a PostgreSQL server</source>
        <translation>Deschide o bază de înregistrări de pe un server PostgreSQL</translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation>Se verifică dacă %1 prezintă deteriorări…</translation>
    </message>
</context>
<context>
    <name>liaison::ParticipationImport</name>
    <message>
        <source>no file to import was given</source>
        <translation>nu a fost indicat niciun fișier de importat</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fișierul nu există</translation>
    </message>
    <message>
        <source>a folder, not a CSV file</source>
        <translation>este un dosar, nu un fișier CSV</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>fișierul nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns and then one line per event and agency</source>
        <translation>fișierul este gol; trebuie să conțină o linie de antet cu numele coloanelor, apoi câte o linie pentru fiecare pereche de eveniment și instituție</translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation>fișierul are antet, dar nu are rânduri de importat</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>coloana %1 din antet nu are nume</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are: %2</source>
        <translation>coloană necunoscută: %1; coloanele sunt: %2</translation>
    </message>
    <message>
        <source>unknown column %1 (did you mean %2?); the columns are: %3</source>
        <translation>coloană necunoscută: %1 (ați vrut să scrieți %2?); coloanele sunt: %3</translation>
    </message>
    <message>
        <source>column %1 appears twice (columns %2 and %3)</source>
        <translation>coloana %1 apare de două ori (coloanele %2 și %3)</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>lipsește coloana obligatorie %1</translation>
    </message>
    <message>
        <source>cannot read the record base %1: %2</source>
        <translation>baza de înregistrări %1 nu poate fi citită: %2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (is a field with a delimiter not in quotes?)</source>
        <translation>numărul de câmpuri din rând (%1) diferă de cel din antet (%2) (există un câmp care conține delimitatorul și nu este încadrat în ghilimele?)</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>necompletat, dar obligatoriu</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 nu este una dintre valorile %2</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 nu este o dată de forma YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is before the start_date %2</source>
        <translation>%1 este anterioară datei start_date %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 nu este un cod de țară ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 nu este un număr întreg, 0 sau mai mare</translation>
    </message>
    <message>
        <source>%1 is the name of several projects in the record base; give the acronym</source>
        <translation>%1 este numele mai multor proiecte din baza de înregistrări; indicați acronimul</translation>
    </message>
    <message>
        <source>%1 is the name of several agencies in the record base; give the acronym</source>
        <translation>%1 este numele mai multor instituții din baza de înregistrări; indicați acronimul</translation>
    </message>
    <message>
        <source>none</source>
        <translation>goală</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the new agency %3 on line %4</source>
        <translation>%1 diferă de valoarea %2 indicată pentru noua instituție %3 pe linia %4</translation>
    </message>
    <message>
        <source>%1 differs from the country of %2 in the record base (%3)</source>
        <translation>%1 diferă de țara instituției %2 din baza de înregistrări (valoare %3)</translation>
    </message>
    <message>
        <source>several events of %1 named %2 start on %3 in the record base; the import cannot tell which one</source>
        <translation>în baza de înregistrări, mai multe evenimente ale proiectului %1 cu titlul %2 încep la %3; importul nu poate stabili despre care este vorba</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the same event on line %3</source>
        <translation>%1 diferă de valoarea %2 indicată pentru același eveniment pe linia %3</translation>
    </message>
    <message>
        <source>%1 differs from the event&apos;s %2 in the record base (%3); the import does not change events</source>
        <translation>%1 diferă de câmpul %2 al evenimentului din baza de înregistrări (valoare %3); importul nu modifică evenimentele</translation>
    </message>
    <message>
        <source>%1 is not an agency of the record base or of this file</source>
        <translation>%1 nu este o instituție din baza de înregistrări sau din acest fișier</translation>
    </message>
    <message>
        <source>the event %1 (%2, %3) and the agency %4 are already on line %5; give each participation once</source>
        <translation>evenimentul %1 (%2, %3) și instituția %4 apar deja pe linia %5; indicați fiecare participare o singură dată</translation>
    </message>
    <message>
        <source>%1 is not in the record base; to create it, give its agency_country</source>
        <translation>%1 nu există în baza de înregistrări; pentru a crea instituția, completați agency_country</translation>
    </message>
    <message>
        <source>empty, but the event %1 is not in the record base and a new event needs a kind: %2</source>
        <translation>necompletat, dar evenimentul %1 nu există în baza de înregistrări, iar un eveniment nou necesită un tip: %2</translation>
    </message>
    <message>
        <source>the event %1 is not in the record base and a new event needs a kind: add an event_kind column (%2)</source>
        <translation>evenimentul %1 nu există în baza de înregistrări, iar un eveniment nou necesită un tip: adăugați o coloană event_kind (%2)</translation>
    </message>
    <message>
        <source>cannot write to the record base %1: %2</source>
        <translation>nu se poate scrie în baza de înregistrări %1: %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Importul fișierului %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed.</source>
        <translation>
            <numerusform>Încă %n problemă nu este afișată.</numerusform>
            <numerusform>Alte %n probleme nu sunt afișate.</numerusform>
            <numerusform>Alte %n de probleme nu sunt afișate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::PgPassFile</name>
    <message>
        <source>The password file &quot;%1&quot; is ignored: it is not a plain file</source>
        <translation>Fișierul de parole „%1” este ignorat: nu este un fișier obișnuit</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is ignored: its group or others may read it; its permissions should be u=rw (0600) or less</source>
        <translation>Fișierul de parole „%1” este ignorat: grupul său sau alți utilizatori îl pot citi; permisiunile sale ar trebui să fie u=rw (0600) sau mai restrictive</translation>
    </message>
</context>
<context>
    <name>liaison::RecordBaseCopy</name>
    <message>
        <source>%1 has no column %2 to copy into.</source>
        <translation>%1 nu are coloana %2 în care să se copieze datele.</translation>
    </message>
    <message>
        <source>%1 already holds records; nothing was copied.</source>
        <translation>%1 conține deja înregistrări; nu s-a copiat nimic.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Liaison cannot copy: %2.</source>
        <translation>%1 conține tabele pe care această versiune a Liaison nu le poate copia: %2.</translation>
    </message>
    <message>
        <source>The summary of %1 differs in the copy: %2.</source>
        <translation>Rezumatul pentru %1 diferă în copie: %2.</translation>
    </message>
    <message>
        <source>The search index holds %1 rows in %2 but %3 in the copy.</source>
        <translation>Indexul de căutare diferă: în %2 are %1 rânduri, dar în copie are %3.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordCommand</name>
    <message>
        <source>The record base refused the change.</source>
        <translation>Baza de înregistrări a refuzat modificarea.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordEditor</name>
    <message>
        <source>the table %1 has a foreign key of several columns, which deleting records does not support</source>
        <translation>tabelul %1 are o cheie externă pe mai multe coloane, pe care ștergerea înregistrărilor nu o acceptă</translation>
    </message>
    <message>
        <source>Countries are a fixed list and cannot be edited.</source>
        <translation>Țările formează o listă fixă și nu pot fi modificate.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be edited.</source>
        <translation>Înregistrările de acest tip nu pot fi modificate.</translation>
    </message>
    <message>
        <source>There is no field “%1” in this kind of record.</source>
        <translation>Acest tip de înregistrare nu are câmpul „%1”.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Câmpul „%1” este obligatoriu.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by %3 (%4).</source>
        <translation>%1: valoarea „%2” este deja folosită de %3 (%4).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: „%2” nu este o dată; scrieți-o sub forma YYYY, YYYY-MM sau YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more; “%2” is not.</source>
        <translation>%1: valoarea trebuie să fie un număr întreg, 0 sau mai mare; „%2” nu este.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: „%2” nu este una dintre variantele posibile.</translation>
    </message>
    <message>
        <source>%1: there is no country with the code “%2”.</source>
        <translation>%1: nu există nicio țară cu codul „%2”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record id.</source>
        <translation>%1: „%2” nu este un identificator de înregistrare.</translation>
    </message>
    <message>
        <source>%1: there is no agency with the id %2.</source>
        <translation>%1: nu există nicio instituție cu identificatorul %2.</translation>
    </message>
    <message>
        <source>%1: there is no programme or project with the id %2.</source>
        <translation>%1: nu există niciun program sau proiect cu identificatorul %2.</translation>
    </message>
    <message>
        <source>%1: there is no source with the id %2.</source>
        <translation>%1: nu există nicio sursă cu identificatorul %2.</translation>
    </message>
    <message>
        <source>%1: there is no record with the id %2.</source>
        <translation>%1: nu există nicio înregistrare cu identificatorul %2.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://; “%2” is not.</source>
        <translation>%1: valoarea trebuie să fie o adresă web care începe cu http:// sau https://; „%2” nu este.</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2.</source>
        <translation>Data de încheiere %1 este anterioară datei de început %2.</translation>
    </message>
    <message>
        <source>End date %1 is less precise than the start date %2 in the same period: give the end date at least as precisely.</source>
        <translation>Data de încheiere %1 este mai puțin precisă decât data de început %2 din aceeași perioadă: indicați data de încheiere cel puțin la fel de precis.</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>O instituție nu poate fi propria sa instituție superioară.</translation>
    </message>
    <message>
        <source>A programme or project cannot be its own parent.</source>
        <translation>Un program sau proiect nu poate fi propriul său program sau proiect de nivel superior.</translation>
    </message>
    <message>
        <source>%1 is under this agency: as its parent it would make a cycle.</source>
        <translation>%1 se află în subordinea acestei instituții: ca instituție superioară a acesteia, ar crea un ciclu.</translation>
    </message>
    <message>
        <source>%1 is under this programme or project: as its parent it would make a cycle.</source>
        <translation>%1 face parte din acest program sau proiect: ca program sau proiect de nivel superior al acestuia, ar crea un ciclu.</translation>
    </message>
    <message>
        <source>An international organisation has no country: leave %1 empty.</source>
        <translation>O organizație internațională nu are țară: lăsați necompletat câmpul „%1”.</translation>
    </message>
    <message>
        <source>An agency of kind “%1” needs a country.</source>
        <translation>O instituție de tipul „%1” trebuie să aibă o țară.</translation>
    </message>
    <message>
        <source>An agreement needs an agency or a country as its party.</source>
        <translation>Un acord trebuie să aibă ca parte o instituție sau o țară.</translation>
    </message>
    <message>
        <source>Give the partner country, or the number of partner countries.</source>
        <translation>Indicați țara parteneră sau numărul țărilor partenere.</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 nu este un identificator de înregistrare.</translation>
    </message>
    <message>
        <source>There is already a record of this kind with the id %1.</source>
        <translation>Există deja o înregistrare de acest tip cu identificatorul %1.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Nu există înregistrarea %1.</translation>
    </message>
    <message numerus="yes">
        <source>The source “%1” is cited by %n record(s); give them another source before deleting it.</source>
        <translation>
            <numerusform>Sursa „%1” este citată în %n înregistrare; indicați o altă sursă pentru aceasta înainte de a șterge sursa.</numerusform>
            <numerusform>Sursa „%1” este citată în %n înregistrări; indicați o altă sursă pentru acestea înainte de a șterge sursa.</numerusform>
            <numerusform>Sursa „%1” este citată în %n de înregistrări; indicați o altă sursă pentru acestea înainte de a șterge sursa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) still refer to this record, so it cannot be deleted.</source>
        <translation>
            <numerusform>%n altă înregistrare face încă trimitere la această înregistrare, așa că aceasta nu poate fi ștearsă.</numerusform>
            <numerusform>%n alte înregistrări fac încă trimitere la această înregistrare, așa că aceasta nu poate fi ștearsă.</numerusform>
            <numerusform>%n de alte înregistrări fac încă trimitere la această înregistrare, așa că aceasta nu poate fi ștearsă.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1 changed other rows than expected, so nothing was deleted</source>
        <translation>ștergerea înregistrării %1 a modificat alte rânduri decât cele așteptate, așa că nu s-a șters nimic</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Nu există nimic de restaurat.</translation>
    </message>
    <message>
        <source>The snapshot of %1 does not fit this record base.</source>
        <translation>Instantaneul înregistrării %1 nu corespunde acestei baze de înregistrări.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>Înregistrarea „%1” a fost modificată de altcineva după ce ați deschis-o, așa că modificările dumneavoastră nu au fost salvate.</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <translation>%1: valoarea celuilalt utilizator „%2”, valoarea dumneavoastră „%3”</translation>
    </message>
</context>
<context>
    <name>liaison::RecordExport</name>
    <message>
        <source>%1 at events without a project</source>
        <translation>la evenimente fără proiect: %1</translation>
    </message>
    <message>
        <source>%1 at events without a start date of year, month and day</source>
        <translation>la evenimente fără dată de început completă (an, lună și zi): %1</translation>
    </message>
    <message>
        <source>%1 at events whose title is only spaces</source>
        <translation>la evenimente al căror titlu conține doar spații: %1</translation>
    </message>
    <message>
        <source>%1 of agencies whose name is only spaces</source>
        <translation>ale instituțiilor al căror nume conține doar spații: %1</translation>
    </message>
    <message>
        <source>%1 of agencies without a country</source>
        <translation>ale instituțiilor fără țară: %1</translation>
    </message>
    <message>
        <source>%1 at events sharing project, title and start date with another</source>
        <translation>la evenimente cu același proiect, titlu și dată de început ca un alt eveniment: %1</translation>
    </message>
    <message>
        <source>%1 of agencies sharing their acronym or name with another agency of the event or of another country</source>
        <translation>ale instituțiilor care au același acronim sau nume ca o altă instituție a evenimentului sau dintr-o altă țară: %1</translation>
    </message>
    <message>
        <source>Left out %1 of %2 participation records (%3 participants), which the import format cannot hold: %4.</source>
        <translation>Au fost omise înregistrările de participare pe care formatul de import nu le poate reprezenta: %1 din %2 (participanți: %3), și anume %4.</translation>
    </message>
    <message>
        <source>Left the organiser empty at %1 events: it takes part in none of the file&apos;s rows, so an import could not create it.</source>
        <translation>Organizatorul a fost lăsat necompletat la unele evenimente (%1): nu apare în niciunul dintre rândurile fișierului, deci un import nu l-ar putea crea.</translation>
    </message>
    <message>
        <source>Left the end date empty at %1 events: it is only a year or a month.</source>
        <translation>Data de încheiere a fost lăsată necompletată la unele evenimente (%1): aceasta indică doar anul sau luna.</translation>
    </message>
    <message>
        <source>Cannot write %1: the record base is not open.</source>
        <translation>Nu se poate scrie %1: baza de înregistrări nu este deschisă.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: reading %2 from %3 failed: %4</source>
        <translation>Nu se poate scrie %1: citirea tabelului %2 din %3 a eșuat: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: reading the participation from %2 failed: %3</source>
        <translation>Nu se poate scrie %1: citirea datelor de participare din %2 a eșuat: %3</translation>
    </message>
</context>
<context>
    <name>liaison::RecordFormDialog</name>
    <message>
        <source>Not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Nu este o dată: scrieți YYYY, YYYY-MM sau YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation>Problemă în câmpul „%1”: %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriu</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>The title of the form for a new record; %1 is the kind: &quot;New Agency&quot;</extracomment>
        <translation>Înregistrare nouă: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>The title of the form for a record; %1 is its acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>Modificare: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>The label of a required field in a form</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>How to write a date in a form; keep the letters Y, M and D as they are</extracomment>
        <translation>YYYY, YYYY-MM sau YYYY-MM-DD</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown in a number field left empty</extracomment>
        <translation>nespecificat</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Câmpurile marcate cu * sunt obligatorii.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creează</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
</context>
<context>
    <name>liaison::RecordKey</name>
    <message>
        <source>&quot;%1&quot; is not a record: write KIND:KEY (agency, project or event, then an acronym, a name or an id) or &quot;all&quot;</source>
        <translation>„%1” nu este o înregistrare: scrieți KIND:KEY (agency, project sau event, apoi un acronim, un nume sau un identificator) sau „all”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record: use agency, project or event</source>
        <translation>„%1” nu este un tip de înregistrare: folosiți agency, project sau event</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no record after the colon</source>
        <translation>„%1” nu indică nicio înregistrare după două puncte</translation>
    </message>
</context>
<context>
    <name>liaison::RecordSchema</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronim</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Parent programme or project</source>
        <translation>Program sau proiect de nivel superior</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Instituție superioară</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de început</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de încheiere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <source>Project or programme</source>
        <translation>Proiect sau program</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nume complet</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Țară parteneră</translation>
    </message>
    <message>
        <source>Partner countries (more than)</source>
        <translation>Țări partenere (mai mult de)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Obiect</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data semnării</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresă web</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Data publicării</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acord</translation>
    </message>
</context>
<context>
    <name>liaison::RecordStore</name>
    <message>
        <source>All records</source>
        <translation>Toate înregistrările</translation>
    </message>
    <message>
        <source>No %1 &quot;%2&quot; in %3.</source>
        <translation>Nu există nicio înregistrare de tipul %1 „%2” în %3.</translation>
    </message>
    <message>
        <source>Several records of kind %1 are named &quot;%2&quot;; use the id instead.</source>
        <translation>Mai multe înregistrări de tipul %1 se numesc „%2”; folosiți identificatorul.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordTreeModel</name>
    <message>
        <source>Agencies</source>
        <translation>Instituții</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Proiecte și programe</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Organizații internaționale</translation>
    </message>
    <message>
        <source>EU agencies and bodies</source>
        <translation>Agenții și organisme ale UE</translation>
    </message>
    <message>
        <source>Events outside projects</source>
        <translation>Evenimente din afara proiectelor</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>acronym — full name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participanți</numerusform>
            <numerusform>%n de participanți</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Role or date</source>
        <translation>Rol sau dată</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
</context>
<context>
    <name>liaison::SearchIndex</name>
    <message>
        <source>%1 has no search index yet; opening it for writing adds one.</source>
        <translation>%1 nu are încă un index de căutare; acesta va fi adăugat la deschiderea cu drept de scriere.</translation>
    </message>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>Nu se poate căuta în %1: %2</translation>
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
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Every shortcut of the window, as its menus and actions define them.</source>
        <translation>Toate comenzile rapide ale ferestrei, așa cum sunt definite de meniurile și acțiunile sale.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meniu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
</context>
<context>
    <name>liaison::Vocabulary</name>
    <message>
        <source>funding</source>
        <comment>role of an agency in a project</comment>
        <translation>finanțator</translation>
    </message>
    <message>
        <source>accountable</source>
        <comment>role of an agency in a project</comment>
        <translation>responsabil</translation>
    </message>
    <message>
        <source>implementing</source>
        <comment>role of an agency in a project</comment>
        <translation>implementator</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>role of an agency in a project</comment>
        <translation>partener</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <comment>role of an agency in a project</comment>
        <translation>beneficiar</translation>
    </message>
    <message>
        <source>member</source>
        <comment>role of an agency in a project</comment>
        <translation>membru</translation>
    </message>
    <message>
        <source>National agency</source>
        <translation>Instituție națională</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Minister</translation>
    </message>
    <message>
        <source>Academy or training institution</source>
        <translation>Academie sau instituție de formare</translation>
    </message>
    <message>
        <source>EU agency</source>
        <translation>Agenție a UE</translation>
    </message>
    <message>
        <source>EU body</source>
        <translation>Organism al UE</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organizație internațională</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platformă</translation>
    </message>
    <message>
        <source>Information-exchange network or system</source>
        <translation>Rețea sau sistem de schimb de informații</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curs</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Instruire</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferință</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reuniune</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>project status</comment>
        <translation>planificat</translation>
    </message>
    <message>
        <source>active</source>
        <comment>project status</comment>
        <translation>în desfășurare</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>project status</comment>
        <translation>finalizat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>project status</comment>
        <translation>anulat</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>project status</comment>
        <translation>suspendat</translation>
    </message>
    <message>
        <source>Published article</source>
        <translation>Articol publicat</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Document oficial</translation>
    </message>
    <message>
        <source>Illustrative sample</source>
        <translation>Exemplu ilustrativ (fictiv)</translation>
    </message>
</context>
</TS>
