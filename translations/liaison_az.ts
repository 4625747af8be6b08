<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>liaison::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportCommand</name>
    <message>
        <source>--chart: unknown chart &quot;%1&quot;; use %2.</source>
        <translation>--chart: naməlum diaqram &quot;%1&quot;; mümkün dəyərlər: %2.</translation>
    </message>
    <message>
        <source>--output: unknown image format &quot;%1&quot; in %2; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>--output: naməlum şəkil formatı &quot;%1&quot; (%2); .png, .jpg, .jpeg, .svg və ya .pdf istifadə edin.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size; write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size: &quot;%1&quot; ölçü deyil; ENxHÜNDÜRLÜK yazın, məsələn, 1920x1080.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Bütün qeydlər</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 × %4).</source>
        <translation>Yazıldı: %1 (%2, %3 × %4).</translation>
    </message>
    <message>
        <source>note: no training participation is recorded for %1.</source>
        <translation>məlumat: %1 üçün təlimlərdə iştirak qeydə alınmayıb.</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportDialog</name>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Şəklin ölçüsü %1 × %2 piksel olacaq.</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Şəklin ölçüsü</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>Ö&amp;lçü:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hündürlük:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Miqyas:</translation>
    </message>
    <message>
        <source>As shown (%1 × %2)</source>
        <translation>Ekranda göründüyü kimi (%1 × %2)</translation>
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
        <translation>Fərdi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExporter</name>
    <message>
        <source>%1: unknown image format &quot;%2&quot;; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>%1: naməlum şəkil formatı &quot;%2&quot;; .png, .jpg, .jpeg, .svg və ya .pdf istifadə edin.</translation>
    </message>
    <message>
        <source>%1: the size %2×%3 is outside 100×100 to 10000×10000.</source>
        <translation>%1: %2×%3 ölçüsü 100×100 – 10000×10000 aralığından kənardadır.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazıla bilmir: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>%1 yazıla bilmir: şəkli kodlaşdırmaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>Chart exported by Liaison</source>
        <translation>Diaqram Liaison proqramı ilə ixrac edilib</translation>
    </message>
</context>
<context>
    <name>liaison::ChartFactory</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln iştirakçı</numerusform>
            <numerusform>%Ln iştirakçı</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>İllər üzrə</translation>
    </message>
    <message>
        <source>By event kind</source>
        <translation>Tədbir növləri üzrə</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Qurumlar üzrə</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Ölkələr üzrə</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Artan yekunla</translation>
    </message>
    <message>
        <source>No training participation recorded for %1</source>
        <translation>%1 üçün təlimlərdə iştirak qeydə alınmayıb</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: participants by year</source>
        <translation>%1: illər üzrə iştirakçılar</translation>
    </message>
    <message>
        <source>%1: participants by event kind</source>
        <translation>%1: tədbir növləri üzrə iştirakçılar</translation>
    </message>
    <message>
        <source>%1: participants by agency</source>
        <translation>%1: qurumlar üzrə iştirakçılar</translation>
    </message>
    <message>
        <source>%1: participants by country</source>
        <translation>%1: ölkələr üzrə iştirakçılar</translation>
    </message>
    <message>
        <source>%1: participants over time</source>
        <translation>%1: iştirakçı sayının zamanla artımı</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>chart title, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Tarixsiz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Ölkə göstərilməyib</translation>
    </message>
    <message>
        <source>Outside projects</source>
        <translation>Layihələrdən kənar</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Participants, cumulative</source>
        <translation>İştirakçılar, artan yekunla</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
</context>
<context>
    <name>liaison::ChartPane</name>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>Diaqramın məlumatlarını oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Açıq qeydlər bazası yoxdur</translation>
    </message>
    <message>
        <source>%1 has no training participation of its own.</source>
        <translation>%1 üçün təlimlərdə birbaşa iştirak qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diaqram:</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>Diaqramın növü</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>İxrac et…</translation>
    </message>
    <message>
        <source>Export the chart as an image or document (Ctrl+E)</source>
        <translation>Diaqramı şəkil və ya sənəd kimi ixrac et (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
        <translation>Diaqramı mübadilə buferinə kopyala (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chart of training participation</source>
        <translation>Təlimlərdə iştirak diaqramı</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Bütün qeydlər</translation>
    </message>
</context>
<context>
    <name>liaison::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Bu yardım mətnini göstərir və çıxır.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Versiyanı göstərir və çıxır.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>YOL</translation>
    </message>
    <message>
        <source>Interface language for this run (e.g. en, ru, az).</source>
        <translation>Bu başlatma üçün interfeys dili (məsələn, en, ru, az).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>init: fill the new record base with the demo records.</source>
        <translation>init: yeni qeydlər bazasını nümayiş qeydləri ilə doldurur.</translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation>KIND:KEY</translation>
    </message>
    <message>
        <source>Liaison browses international cooperation records: agencies, projects, events and training participation.</source>
        <translation>Liaison beynəlxalq əməkdaşlıq qeydlərinə baxmaq üçün proqramdır: qurumlar, layihələr, tədbirlər və təlimlərdə iştirak.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[əmr]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Languages: %2.</source>
        <translation>Naməlum dil &quot;%1&quot;. Mövcud dillər: %2.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database üçün fayl yolu göstərilməlidir.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Gözlənilməz arqument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--demo is an option of the init command.</source>
        <translation>--demo init əmrinin parametridir.</translation>
    </message>
    <message>
        <source>summary needs --record KIND:KEY or --record all.</source>
        <translation>summary əmri üçün --record KIND:KEY və ya --record all göstərilməlidir.</translation>
    </message>
    <message>
        <source>Try &quot;liaison --help&quot;.</source>
        <translation>Ətraflı məlumat üçün: &quot;liaison --help&quot;.</translation>
    </message>
    <message>
        <source>The window cannot be opened from here.</source>
        <translation>Pəncərəni buradan açmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>Created the demo record base %1.</source>
        <translation>Nümayiş qeydlər bazası yaradıldı: %1.</translation>
    </message>
    <message>
        <source>Created the record base %1.</source>
        <translation>Qeydlər bazası yaradıldı: %1.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>bütövlük: %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>istinadlar: %1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2; open the record base once with write access to upgrade it</source>
        <translation>sxem versiyası %1, gözlənilən %2; yeniləmək üçün qeydlər bazasını bir dəfə yazma icazəsi ilə açın</translation>
    </message>
    <message>
        <source>%1: integrity ok, references ok, schema version %2.</source>
        <translation>%1: bütövlük qaydasındadır, istinadlar qaydasındadır, sxem versiyası %2.</translation>
    </message>
    <message>
        <source>export-chart: by-year, by-kind, by-agency, by-country or cumulative.</source>
        <translation>export-chart: by-year, by-kind, by-agency, by-country və ya cumulative.</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>DİAQRAM</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FAYL</translation>
    </message>
    <message>
        <source>export-chart: the size in pixels (default 1600x900).</source>
        <translation>export-chart: şəklin piksel ilə ölçüsü (standart: 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ENxHÜNDÜRLÜK</translation>
    </message>
    <message>
        <source>summary, export-chart: the record, as KIND:KEY (agency, project or event; an acronym, exact name or id) or all.</source>
        <translation>summary, export-chart: qeyd, KIND:KEY şəklində (agency, project və ya event; abreviatura, dəqiq ad və ya id) yaxud all.</translation>
    </message>
    <message>
        <source>--record is an option of the summary and export-chart commands.</source>
        <translation>--record summary və export-chart əmrlərinin parametridir.</translation>
    </message>
    <message>
        <source>--%1 is an option of the export-chart command.</source>
        <translation>--%1 export-chart əmrinin parametridir.</translation>
    </message>
    <message>
        <source>export-chart needs --record, --chart and --output.</source>
        <translation>export-chart əmri üçün --record, --chart və --output göstərilməlidir.</translation>
    </message>
    <message>
        <source>export-chart, export: the file to write (for charts .png, .jpg, .svg or .pdf).</source>
        <translation>export-chart, export: yazılacaq fayl (diaqramlar üçün .png, .jpg, .svg və ya .pdf).</translation>
    </message>
    <message>
        <source>export: csv (the participation, in the import format) or json (every record with its source).</source>
        <translation>export: csv (iştirak məlumatları, idxal formatında) və ya json (bütün qeydlər mənbələri ilə birlikdə).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--output is an option of the export and export-chart commands.</source>
        <translation>--output export və export-chart əmrlərinin parametridir.</translation>
    </message>
    <message>
        <source>--format is an option of the export command.</source>
        <translation>--format export əmrinin parametridir.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import əmri üçün oxunacaq CSV faylı göstərilməlidir.</translation>
    </message>
    <message>
        <source>export needs --format csv|json and --output FILE.</source>
        <translation>export əmri üçün --format csv|json və --output FAYL göstərilməlidir.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Formats: csv, json.</source>
        <translation>Naməlum format &quot;%1&quot;. Formatlar: csv, json.</translation>
    </message>
    <message>
        <source>nothing was imported; %1 is unchanged.</source>
        <translation>heç nə idxal edilmədi; %1 dəyişmədi.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 participation records written; %4 projects, %5 events and %6 agencies created.</source>
        <translation>%2 faylından %1 sətir idxal edildi: %3 iştirak qeydi yazıldı; %4 layihə, %5 tədbir və %6 qurum yaradıldı.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Yazıldı: %1.</translation>
    </message>
    <message>
        <source>The record base: an SQLite file or a postgresql://user@host:port/dbname address. Default: %1</source>
        <translation>Qeydlər bazası: SQLite faylı və ya postgresql://user@host:port/dbname ünvanı. Standart: %1</translation>
    </message>
    <message>
        <source>copy: the record base to copy (a file or an address).</source>
        <translation>copy: kopyalanacaq qeydlər bazası (fayl və ya ünvan).</translation>
    </message>
    <message>
        <source>copy: the new record base (a file that does not exist, or an empty database).</source>
        <translation>copy: yeni qeydlər bazası (hələ mövcud olmayan fayl və ya boş verilənlər bazası).</translation>
    </message>
    <message>
        <source>init, summary, check, import FILE.csv, export, export-chart or copy; none opens the window.</source>
        <translation>init, summary, check, import FAYL.csv, export, export-chart və ya copy; əmr verilmədikdə pəncərə açılır.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, summary, check, import, export, export-chart, copy.</source>
        <translation>Naməlum əmr &quot;%1&quot;. Əmrlər: init, summary, check, import, export, export-chart, copy.</translation>
    </message>
    <message>
        <source>copy needs --from and --to (not --database).</source>
        <translation>copy əmri üçün --from və --to göstərilməlidir (--database deyil).</translation>
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
        <translation>Əmrlər:
  (əmrsiz)  Pəncərəni qeydlər bazası ilə açır.
  init      Boş qeydlər bazası, --demo ilə isə nümayiş qeydləri yaradır.
            Mövcud fayla toxunmur.
  summary   Qeydin təlimlərdə iştirak üzrə yekunlarını JSON şəklində çıxarır.
  check     Qeydlər bazasının bütövlüyünü, istinadlarını və sxem versiyasını
            yoxlayır.
  import FAYL.csv
            Təlimlərdə iştirak məlumatlarını CSV faylından idxal edir:
            ya hamısını, ya da heç nəyi.
  export    İştirak məlumatlarını CSV (idxal formatı) və ya bütün qeydləri
            mənbələri ilə birlikdə JSON şəklində yazır.
  export-chart
            Qeydin təlimlərdə iştirak diaqramını PNG, JPEG, SVG və ya PDF
            şəklində yazır (--output faylının uzantısına görə). Ekran tələb
            etmir.
  copy      Bütöv qeydlər bazasını bir fayldan və ya serverdən (--from) yeni
            fayla və ya boş server verilənlər bazasına (--to) kopyalayır və
            onların icmallarını müqayisə edir.

Qeydlər bazası SQLite faylı və ya server ünvanıdır:
postgresql://user@host:port/dbname; parol ünvandan, PGPASSWORD
dəyişənindən, parol faylından (PGPASSFILE, ~/.pgpass) və ya sorğu ilə
alınır.

Çıxış kodu: 0 — uğurlu, 1 — xəta, 2 — istifadə xətası.
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 üçün parol: </translation>
    </message>
    <message>
        <source>%1: integrity and references kept by the server, schema version %2.</source>
        <translation>%1: bütövlüyə və istinadlara server nəzarət edir, sxem versiyası %2.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3.</source>
        <translation>%1 qeydlər bazası %2 ünvanına kopyalandı: %3.</translation>
    </message>
    <message>
        <source>The summaries match.</source>
        <translation>İcmallar üst-üstə düşür.</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Serverə qoşul</translation>
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
        <translation>&amp;Verilənlər bazası:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>İs&amp;tifadəçi:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rol:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Parolu sistemin açar zəncirində &amp;yadda saxla</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>boş olduqda PGPASSWORD və ya ~/.pgpass faylından</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Qoşul</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Ünvan: %1</translation>
    </message>
</context>
<context>
    <name>liaison::CountryList</name>
    <message>
        <source>the embedded country list %1 is missing</source>
        <translation>daxili ölkə siyahısı (%1) tapılmadı</translation>
    </message>
</context>
<context>
    <name>liaison::CountryNames</name>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Birləşmiş Ərəb Əmirlikləri</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Əfqanıstan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antiq və Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anquilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albaniya</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Ermənistan</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Anqola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktika</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Amerikan Samoa</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Avstriya</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Avstraliya</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Aland Adaları</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azərbaycan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosniya və Herzoqovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Banqladeş</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belçika</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bolqarıstan</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahreyn</translation>
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
        <translation>Sen-Bartelemi</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Bruney Darüssəlam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Boliviya</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Boneyr, Sint-Estatius və Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Braziliya</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahama</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Butan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Buvet Adası</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsvana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarusiya</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Beliz</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokos Adası</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Konqo Demokratik Respublikası</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Mərkəzi Afrika Respublikası</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Konqo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>İsveçrə</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Kot Divuar</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cook Adaları</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Çili</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Çin</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbiya</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Kosta Rika</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Kabo-Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Kurasao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Kristmas Adası</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Kipr</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Çex Respublikası</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Almaniya</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Cibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danimarka</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominik</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominikan Respublikası</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Əlcəzair</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ekvador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estoniya</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Misir</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Qərbi Saxara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritre</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>İspaniya</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Efiopiya</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandiya</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fici</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Fokland Adaları (Malvin)</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Mikroneziya</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Faro Adaları</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Fransa</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Qabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Birləşmiş Krallıq</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Qrenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Gürcüstan</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Fransız Gvineyası</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Gernsi</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Qana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Qrinland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Qambiya</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Qvineya</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Quadelup</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Ekvatorial Qvineya</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Yunanıstan</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Cənubi Georgiya və Cənubi Sendviç Adaları</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Quatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Quam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Qvineya Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Quyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Honq Konq</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Herd Adası və Makdonald Adaları</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Xırvatıstan</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Macarıstan</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>İndoneziya</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>İrlandiya</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>İsrail</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Men Adası</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Hindistan</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Britaniya Hind Okeanı Sahəsi</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>İraq</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>İran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>İslandiya</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>İtaliya</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Cersi</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Yamayka</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>İordaniya</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Yaponiya</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Qırğızıstan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodja</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komor</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Sent-Kits və Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Koreya, Demokratık Xalq Respublikası</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Koreya, Respublika</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Küveyt</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Kayman Adaları</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Qazaxstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Livan</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sent-Lusiya</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Lixtenşteyn</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Şri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberiya</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litva</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Lüksemburq</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Latviya</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Liviya</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Mərakeş</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monako</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monteneqro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Sen-Marten (Fransa hissəsi)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madaqaskar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marşal Adaları</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Şimali Makedoniya</translation>
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
        <translation>Monqolustan</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Makao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Şimali Marian Adaları</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martiniq</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mavritaniya</translation>
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
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malavi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Meksika</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malayziya</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambiq</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibiya</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Yeni Kaledoniya</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolk Adaları</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeriya</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nikaraqua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Hollandiya</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norveç</translation>
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
        <translation>Yeni Zellandiya</translation>
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
        <translation>Fransız Poloneziyası</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua Yeni Qvineya</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filippin</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polşa</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Sen-Pyer və Mikelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitkairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Riko</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Fələstin</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portuqaliya</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraqvay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Reyunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Ruminıya</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbiya</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Rusiya Federasiyası</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rvanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Səudiyyə Ərəbistan</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Solomon Adaları</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seyşel</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>İsveç</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Sinqapur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Müqəddəs Yelena, Askenson və Tristan-da-Kunya</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Sloveniya</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard və Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakiya</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Siera Lione</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Seneqal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Cənubi Sudan</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tome və Prinsip</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Elsalvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint-Marten (Niderland hissəsi)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Suriya</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Esvatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Törks və Kaykos Adaları</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Çad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Fransanın Cənub Əraziləri</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Toqo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tayland</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tacikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelo</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Şərqi Timor</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Türkmənistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunis</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonqa</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiyə</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad və Tobaqo</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Tayvan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzaniya</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrayna</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uqanda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Birləşmiş Ştatlar Yanı Kiçik Adalar</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Birləşmiş Ştatlar</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruqvay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Özbəkistan</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Holy See (Vatikan Şəhər Dövləti)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Sent-Vinsent və Qrenadinlər</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Virgin Adaları, Britaniya</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Virgin Adaları, ABŞ</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vyetnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Vallis və Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yəmən</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayot</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Cənubi Afrika</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambiya</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabve</translation>
    </message>
</context>
<context>
    <name>liaison::CreateRecordCommand</name>
    <message>
        <source>Create agency %1</source>
        <extracomment>An undo step; %1 is the new agency&apos;s acronym or name</extracomment>
        <translation>Qurumun əlavə edilməsi: %1</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <extracomment>An undo step; %1 is the new project&apos;s acronym or name</extracomment>
        <translation>Layihənin əlavə edilməsi: %1</translation>
    </message>
    <message>
        <source>Create event %1</source>
        <extracomment>An undo step; %1 is the new event&apos;s title</extracomment>
        <translation>Tədbirin əlavə edilməsi: %1</translation>
    </message>
    <message>
        <source>Create person %1</source>
        <extracomment>An undo step; %1 is the new person&apos;s name</extracomment>
        <translation>Şəxsin əlavə edilməsi: %1</translation>
    </message>
    <message>
        <source>Create agreement %1</source>
        <extracomment>An undo step; %1 is the new agreement&apos;s subject</extracomment>
        <translation>Sazişin əlavə edilməsi: %1</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <extracomment>An undo step; %1 is the new source&apos;s title</extracomment>
        <translation>Mənbənin əlavə edilməsi: %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <extracomment>An undo step; %1 is the new record&apos;s name</extracomment>
        <translation>Qeydin əlavə edilməsi: %1</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>fayl UTF-16 mətnidir; onu UTF-8 kodlaşdırmasında saxlayın</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (byte %1); save the file as UTF-8</source>
        <translation>sətir düzgün UTF-8 mətni deyil (bayt %1); faylı UTF-8 kodlaşdırmasında saxlayın</translation>
    </message>
    <message>
        <source>the quote that opens a field on this line is never closed (a missing &quot; or a quote inside a field that was not written &quot;&quot;)</source>
        <translation>bu sətirdə sahəni açan dırnaq işarəsi bağlanmayıb (&quot; çatışmır və ya sahənin içindəki dırnaq işarəsi &quot;&quot; kimi yazılmayıb)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>sahəni bağlayan dırnaq işarəsindən sonra mətn var; dırnağa alınmış sahənin içindəki dırnaq işarəsi iki dəfə yazılır (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>the file is not a database</source>
        <translation>fayl verilənlər bazası deyil</translation>
    </message>
    <message>
        <source>the database file is damaged (malformed)</source>
        <translation>verilənlər bazası faylı zədələnib (strukturu pozulub)</translation>
    </message>
    <message>
        <source>the record base is locked by another program</source>
        <translation>qeydlər bazası başqa proqram tərəfindən kilidlənib</translation>
    </message>
    <message>
        <source>the disk or the record base is full</source>
        <translation>disk və ya qeydlər bazası doludur</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt SQLite drayveri (QSQLITE) quraşdırılmayıb.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 açıla bilmir: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 oxuna bilmir: %2</translation>
    </message>
    <message>
        <source>No record base at %1.</source>
        <translation>%1 ünvanında qeydlər bazası yoxdur.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Liaison record base. The file was not changed.</source>
        <translation>%1 SQLite verilənlər bazasıdır, lakin Liaison qeydlər bazası deyil. Fayl dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>%1 artıq mövcuddur; ona toxunulmadı.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 qovluğunu yaratmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>%2 cədvəlinin %1 sətri %3 cədvəlində olmayan sətrə istinad edir</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s quick check: %2). The file was not changed.</source>
        <translation>%1 zədələnib (SQLite-ın sürətli yoxlaması: %2). Fayl dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Cannot open %1: its latest changes are in %2, which can only be read with write access to the folder %3. The file was not changed.</source>
        <translation>%1 açıla bilmir: onun son dəyişiklikləri %2 faylındadır və bu faylı yalnız %3 qovluğuna yazma icazəsi ilə oxumaq olar. Fayl dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to this file.</source>
        <translation>%1 yalnız oxumaq üçün açılıb: bu fayla yazmaq icazəniz yoxdur.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to its folder %2, where SQLite keeps its working files while writing.</source>
        <translation>%1 yalnız oxumaq üçün açılıb: onun yerləşdiyi %2 qovluğuna yazmaq icazəniz yoxdur, SQLite isə yazma zamanı iş fayllarını həmin qovluqda saxlayır.</translation>
    </message>
    <message>
        <source>%1 is open read-only: it was written by a newer Liaison (schema version %2; this version knows up to %3).</source>
        <translation>%1 yalnız oxumaq üçün açılıb: o, Liaison proqramının daha yeni versiyası ilə yazılıb (sxem versiyası %2; bu versiya ən çoxu %3 sxem versiyasını tanıyır).</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 yalnız oxumaq üçün açılıb.</translation>
    </message>
    <message>
        <source>your database role may not do this (%1)</source>
        <translation>verilənlər bazası rolunuzun bunu etməyə icazəsi yoxdur (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>serverlə əlaqə kəsildi (%1)</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Qt PostgreSQL drayveri (QPSQL) quraşdırılmayıb.</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 parol tələb edir.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 istifadəçi adını və ya parolu qəbul etmədi.</translation>
    </message>
    <message>
        <source>The server has no database %1 (%2).</source>
        <translation>Serverdə %1 verilənlər bazası yoxdur (%2).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 ünvanına qoşulmaq mümkün deyil: %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but it is not a Liaison record base. Nothing was changed.</source>
        <translation>%1 verilənlər bazasında cədvəllər var, lakin o, Liaison qeydlər bazası deyil. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>%1 holds no record base yet.</source>
        <translation>%1 ünvanında hələ qeydlər bazası yoxdur.</translation>
    </message>
    <message>
        <source>%1 already holds tables; it was left untouched.</source>
        <translation>%1 verilənlər bazasında artıq cədvəllər var; ona toxunulmadı.</translation>
    </message>
    <message>
        <source>%1 is open read-only: the database role %2 may read it but not change it.</source>
        <translation>%1 yalnız oxumaq üçün açılıb: %2 verilənlər bazası rolu onu oxuya bilər, lakin dəyişdirə bilməz.</translation>
    </message>
</context>
<context>
    <name>liaison::DatabaseLocation</name>
    <message>
        <source>No record base given: name an SQLite file or a postgresql:// address</source>
        <translation>Qeydlər bazası göstərilməyib: SQLite faylını və ya postgresql:// ünvanını göstərin</translation>
    </message>
    <message>
        <source>Unknown kind of address &quot;%1://&quot;: Liaison opens SQLite files and postgresql:// addresses</source>
        <translation>Naməlum ünvan növü &quot;%1://&quot;: Liaison SQLite fayllarını və postgresql:// ünvanlarını açır</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address is not a valid percent-encoded character</source>
        <translation>Ünvandakı &quot;%1&quot; düzgün faiz kodlaşdırılmış (percent-encoded) simvol deyil</translation>
    </message>
    <message>
        <source>No host name after &quot;@&quot;: write postgresql://USER@HOST/DATABASE</source>
        <translation>&quot;@&quot; işarəsindən sonra host adı yoxdur: postgresql://USER@HOST/DATABASE yazın</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in brackets: write an IPv6 address as [::1] or [::1]:5432</source>
        <translation>&quot;%1&quot; kvadrat mötərizədə düzgün host deyil: IPv6 ünvanını [::1] və ya [::1]:5432 şəklində yazın</translation>
    </message>
    <message>
        <source>Several servers (&quot;%1&quot;) are not supported: name one host</source>
        <translation>Bir neçə server (&quot;%1&quot;) dəstəklənmir: yalnız bir host göstərin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the connection parameter %2</source>
        <translation>&quot;%1&quot; %2 qoşulma parametri üçün düzgün dəyər deyil</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot;</source>
        <translation>Naməlum qoşulma parametri &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>&quot;%1&quot; portu 1 ilə 65535 arasında ədəd deyil</translation>
    </message>
</context>
<context>
    <name>liaison::DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Delete ASCCA&quot;</extracomment>
        <translation>Silinmə: %1</translation>
    </message>
</context>
<context>
    <name>liaison::DemoDatabase</name>
    <message>
        <source>demo records, %1: %2</source>
        <translation>nümayiş qeydləri, %1: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; names an unknown record &quot;%2&quot;</source>
        <translation>&quot;%1&quot; sahəsi naməlum &quot;%2&quot; qeydinə istinad edir</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;</source>
        <translation>naməlum panel sessiyası &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the embedded demo records %1 are missing</source>
        <translation>daxili nümayiş qeydləri (%1) tapılmadı</translation>
    </message>
    <message>
        <source>the embedded demo records are not valid JSON at offset %1: %2</source>
        <translation>daxili nümayiş qeydləri %1 mövqeyində düzgün JSON deyil: %2</translation>
    </message>
</context>
<context>
    <name>liaison::DetailPane</name>
    <message>
        <source>agency</source>
        <comment>kind of record</comment>
        <translation>qurum</translation>
    </message>
    <message>
        <source>project or programme</source>
        <comment>kind of record</comment>
        <translation>layihə və ya proqram</translation>
    </message>
    <message>
        <source>event</source>
        <comment>kind of record</comment>
        <translation>tədbir</translation>
    </message>
    <message>
        <source>person</source>
        <comment>kind of record</comment>
        <translation>şəxs</translation>
    </message>
    <message>
        <source>agreement</source>
        <comment>kind of record</comment>
        <translation>saziş</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of record</comment>
        <translation>ölkə</translation>
    </message>
    <message>
        <source>source</source>
        <comment>kind of record</comment>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 tarixindən</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 tarixinədək</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln iştirakçı</numerusform>
            <numerusform>%Ln iştirakçı</numerusform>
        </translation>
    </message>
    <message>
        <source>illustrative sample</source>
        <translation>şərti nümunə, real deyil</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln countries</source>
        <translation>
            <numerusform>%Ln ölkədən çox</numerusform>
            <numerusform>%Ln ölkədən çox</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>party with partner</comment>
        <translation>%1 ilə %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>imzalanma tarixi: %1</translation>
    </message>
    <message>
        <source>Illustrative sample — not a real record</source>
        <translation>Şərti nümunə — real qeyd deyil</translation>
    </message>
    <message>
        <source>This record was made up to make browsing and charts meaningful; no real source states it.</source>
        <translation>Bu qeyd baxışı və diaqramları mənalı etmək üçün uydurulub; heç bir real mənbədə bu məlumat yoxdur.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Açıq qeydlər bazası yoxdur</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Qeydləri saymaq mümkün deyil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln qurum</numerusform>
            <numerusform>%Ln qurum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln layihə və proqram</numerusform>
            <numerusform>%Ln layihə və proqram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln tədbir</numerusform>
            <numerusform>%Ln tədbir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln şəxs</numerusform>
            <numerusform>%Ln şəxs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln saziş</numerusform>
            <numerusform>%Ln saziş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants in training events recorded.</source>
        <translation>
            <numerusform>Təlim tədbirlərində %Ln iştirakçı qeydə alınıb.</numerusform>
            <numerusform>Təlim tədbirlərində %Ln iştirakçı qeydə alınıb.</numerusform>
        </translation>
    </message>
    <message>
        <source>published article</source>
        <translation>dərc olunmuş məqalə</translation>
    </message>
    <message>
        <source>official record</source>
        <translation>rəsmi sənəd</translation>
    </message>
    <message>
        <source>illustrative sample, not a real record</source>
        <translation>şərti nümunə, real qeyd deyil</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln qeyd</numerusform>
            <numerusform>%Ln qeyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>Bu qeyd artıq mövcud deyil</translation>
    </message>
    <message>
        <source>It may have been deleted, or another record base was opened.</source>
        <translation>Ola bilsin ki, o silinib və ya başqa qeydlər bazası açılıb.</translation>
    </message>
    <message>
        <source>This record could not be read</source>
        <translation>Bu qeydi oxumaq mümkün olmadı</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Daxil olduğu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb sayt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <source>Sub-agencies</source>
        <translation>Tabe qurumlar</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Layihələr və proqramlar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sazişlər</translation>
    </message>
    <message>
        <source>Outside any project</source>
        <translation>Layihədən kənar</translation>
    </message>
    <message>
        <source>Participants by project</source>
        <translation>Layihələr üzrə iştirakçılar</translation>
    </message>
    <message>
        <source>%1 in events of %2, as reported by %3</source>
        <translation>%2 tədbirlərində %1 (mənbə: %3)</translation>
    </message>
    <message>
        <source>Reported totals</source>
        <translation>Mənbələrdə bildirilən yekunlar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, including the projects under it</source>
        <translation>
            <numerusform>%Ln iştirakçı, alt layihələr daxil olmaqla</numerusform>
            <numerusform>%Ln iştirakçı, alt layihələr daxil olmaqla</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects under it</source>
        <translation>Alt layihələr</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Qurumlar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <source>%1 of %2, as reported by %3</source>
        <translation>%2: %1 (mənbə: %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Təşkilatçı</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Layihə</translation>
    </message>
    <message>
        <source>Countries that attended</source>
        <translation>İştirak edən ölkələr</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panel sessiyaları</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>İştirakçı qurumlar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Panel sessiyası: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Mövzu: %1</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Təqdimatlar</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Saziş</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Tərəfdaş</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalanma tarixi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Events held here</source>
        <translation>Bu ölkədə keçirilən tədbirlər</translation>
    </message>
    <message>
        <source>Events its delegations attended</source>
        <translation>Nümayəndə heyətlərinin iştirak etdiyi tədbirlər</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nəşr edən</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Nəşr tarixi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>qurumların layihələrdə %Ln rolu</numerusform>
            <numerusform>qurumların layihələrdə %Ln rolu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries attending events</source>
        <translation>
            <numerusform>tədbirlərdə iştirak edən %Ln ölkə</numerusform>
            <numerusform>tədbirlərdə iştirak edən %Ln ölkə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel sessiyası</numerusform>
            <numerusform>%Ln panel sessiyası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln təqdimat</numerusform>
            <numerusform>%Ln təqdimat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation counts</source>
        <translation>
            <numerusform>%Ln iştirakçı sayı qeydi</numerusform>
            <numerusform>%Ln iştirakçı sayı qeydi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>mənbədə bildirilən %Ln yekun</numerusform>
            <numerusform>mənbədə bildirilən %Ln yekun</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>İstinad edən qeydlər</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Qeydlər</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln records of %1 are listed.</source>
        <translation>
            <numerusform>%1 qeyddən ilk %Ln qeyd göstərilir.</numerusform>
            <numerusform>%1 qeyddən ilk %Ln qeyd göstərilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Qeydin təfərrüatları</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln are shown.</source>
        <translation>
            <numerusform>%Ln bənddən ilk %1 göstərilir.</numerusform>
            <numerusform>%Ln bənddən ilk %1 göstərilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hamısını göstər</translation>
    </message>
</context>
<context>
    <name>liaison::EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>Redaktə: %1</translation>
    </message>
</context>
<context>
    <name>liaison::ImportDialog</name>
    <message>
        <source>Import Participation</source>
        <translation>İştirak məlumatlarının idxalı</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>İ&amp;dxal et</translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation>İlk &amp;sətirlər:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemlər:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Faylın ilk sətirləri</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Faylda aşkar edilən problemlər</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 idxal edilir…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>İdxal ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problems in %1.</source>
        <translation>
            <numerusform>Heç nə idxal edilmədi: %1 faylında %n problem var.</numerusform>
            <numerusform>Heç nə idxal edilmədi: %1 faylında %n problem var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>%1 idxal edilə bilməz: %n problem var. Onlar düzəldilənədək heç nə yazılmayacaq.</numerusform>
            <numerusform>%1 idxal edilə bilməz: %n problem var. Onlar düzəldilənədək heç nə yazılmayacaq.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</source>
        <translation>
            <numerusform>%1: təlimlərdə iştiraka dair %Ln sətir idxala hazırdır. Fayl ya bütövlükdə idxal edilir, ya da heç nə idxal edilmir.</numerusform>
            <numerusform>%1: təlimlərdə iştiraka dair %Ln sətir idxala hazırdır. Fayl ya bütövlükdə idxal edilir, ya da heç nə idxal edilmir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>açar zənciri vaxtında cavab vermədi</translation>
    </message>
    <message>
        <source>The system keychain could not read the password of %1: %2</source>
        <translation>Sistemin açar zənciri %1 üçün parolu oxuya bilmədi: %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1: %2</source>
        <translation>Sistemin açar zənciri %1 üçün parolu saxlaya bilmədi: %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password of %1: %2</source>
        <translation>Sistemin açar zənciri %1 üçün saxlanmış parolu silə bilmədi: %2</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison record bases (*.sqlite *.db);;All files (*)</source>
        <translation>Liaison qeydlər bazaları (*.sqlite *.db);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Could not read the record base: %1</source>
        <translation>Qeydlər bazasını oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzəliş</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Keçid</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Sistem standartı</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;New Record Base…</source>
        <translation>&amp;Yeni qeydlər bazası…</translation>
    </message>
    <message>
        <source>Create an empty record base</source>
        <translation>Boş qeydlər bazası yarat</translation>
    </message>
    <message>
        <source>&amp;Open Record Base…</source>
        <translation>Qeydlər bazasını &amp;aç…</translation>
    </message>
    <message>
        <source>Open another record base</source>
        <translation>Başqa qeydlər bazasını aç</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Axtar…</translation>
    </message>
    <message>
        <source>Search the record base</source>
        <translation>Qeydlər bazasında axtar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>Back to the previous record</source>
        <translation>Əvvəlki qeydə qayıt</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>İ&amp;rəli</translation>
    </message>
    <message>
        <source>Forward to the next record</source>
        <translation>Növbəti qeydə keç</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Ana səhifə</translation>
    </message>
    <message>
        <source>The record base overview</source>
        <translation>Qeydlər bazasının icmalı</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Naviqasiya</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Alətlər paneli</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Vəziyyət sətri</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tam ekran</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;Liaison haqqında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt haqqında</translation>
    </message>
    <message>
        <source>Search records (Ctrl+F)</source>
        <translation>Qeydlərdə axtar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Qeydlərdə axtarış</translation>
    </message>
    <message>
        <source>Agencies and projects</source>
        <translation>Qurumlar və layihələr</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Axtarış nəticələri</translation>
    </message>
    <message>
        <source>Record browser</source>
        <translation>Qeydlərə baxış</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The demo record base could not be created.

%1</source>
        <translation>Nümayiş qeydlər bazasını yaratmaq mümkün olmadı.

%1</translation>
    </message>
    <message>
        <source>The record base could not be opened.

%1</source>
        <translation>Qeydlər bazasını açmaq mümkün olmadı.

%1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Record Base</source>
        <translation>Qeydlər bazasını aç</translation>
    </message>
    <message>
        <source>No recent record bases</source>
        <translation>Son açılan qeydlər bazası yoxdur</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Açıq qeydlər bazası yoxdur</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Qeydləri saymaq mümkün deyil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n qurum</numerusform>
            <numerusform>%n qurum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects and programmes</source>
        <translation>
            <numerusform>%n layihə və proqram</numerusform>
            <numerusform>%n layihə və proqram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n tədbir</numerusform>
            <numerusform>%n tədbir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n şəxs</numerusform>
            <numerusform>%n şəxs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n saziş</numerusform>
            <numerusform>%n saziş</numerusform>
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
        <translation>Axtarış alınmadı: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: title · context</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No records match &quot;%1&quot;</source>
        <translation>&quot;%1&quot; sorğusuna uyğun qeyd yoxdur</translation>
    </message>
    <message numerus="yes">
        <source>%n records found</source>
        <translation>
            <numerusform>%n qeyd tapıldı</numerusform>
            <numerusform>%n qeyd tapıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>New Record Base</source>
        <translation>Yeni qeydlər bazası</translation>
    </message>
    <message>
        <source>The record base could not be created.

%1</source>
        <translation>Qeydlər bazasını yaratmaq mümkün olmadı.

%1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaison haqqında</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Diaqramı ixrac et…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG or PDF</source>
        <translation>Diaqramı PNG, JPEG, SVG və ya PDF formatında saxla</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>&amp;Diaqramı kopyala</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Diaqramı mübadilə buferinə şəkil kimi kopyala</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diaqram</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>Diaq&amp;ram</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Bütün qeydlər</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>İxrac ediləcək diaqram yoxdur.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG şəkli (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG şəkli (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG vektor təsviri (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF sənədi (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diaqramı ixrac et</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Diaqram saxlanıldı: %1</translation>
    </message>
    <message>
        <source>There is no chart to copy.</source>
        <translation>Kopyalanacaq diaqram yoxdur.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Diaqram mübadilə buferinə kopyalandı</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln tədbir</numerusform>
            <numerusform>%Ln tədbir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation records</source>
        <translation>
            <numerusform>%Ln iştirak qeydi</numerusform>
            <numerusform>%Ln iştirak qeydi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>qurumların layihələrdə %Ln rolu</numerusform>
            <numerusform>qurumların layihələrdə %Ln rolu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln panel sessiyası</numerusform>
            <numerusform>%Ln panel sessiyası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln təqdimat</numerusform>
            <numerusform>%Ln təqdimat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attending countries</source>
        <translation>
            <numerusform>iştirak edən %Ln ölkə</numerusform>
            <numerusform>iştirak edən %Ln ölkə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>mənbədə bildirilən %Ln yekun</numerusform>
            <numerusform>mənbədə bildirilən %Ln yekun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln şəxs</numerusform>
            <numerusform>%Ln şəxs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln qurum</numerusform>
            <numerusform>%Ln qurum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln layihə və proqram</numerusform>
            <numerusform>%Ln layihə və proqram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln saziş</numerusform>
            <numerusform>%Ln saziş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records</source>
        <translation>
            <numerusform>%Ln digər qeyd</numerusform>
            <numerusform>%Ln digər qeyd</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Participation…</source>
        <translation>İştirak məlumatlarını &amp;idxal et…</translation>
    </message>
    <message>
        <source>Import training participation from a CSV file</source>
        <translation>Təlimlərdə iştirak məlumatlarını CSV faylından idxal et</translation>
    </message>
    <message>
        <source>Export &amp;Records…</source>
        <translation>&amp;Qeydləri ixrac et…</translation>
    </message>
    <message>
        <source>Save the records as JSON, or the participation as CSV</source>
        <translation>Qeydləri JSON, iştirak məlumatlarını isə CSV formatında saxla</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;Yeni qeyd</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>new record of a kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>Qeydi &amp;redaktə et…</translation>
    </message>
    <message>
        <source>Change the fields of the record shown</source>
        <translation>Göstərilən qeydin sahələrini dəyiş</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>Qeydi &amp;sil…</translation>
    </message>
    <message>
        <source>Delete the record shown, after asking</source>
        <translation>Göstərilən qeydi təsdiq alındıqdan sonra sil</translation>
    </message>
    <message>
        <source>Import Participation</source>
        <translation>İştirak məlumatlarının idxalı</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV faylları (*.csv);;Bütün fayllar (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows from %1.</source>
        <translation>
            <numerusform>%1 faylından %Ln sətir idxal edildi.</numerusform>
            <numerusform>%1 faylından %Ln sətir idxal edildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training participation, CSV (*.csv)</source>
        <translation>Təlimlərdə iştirak, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every record, JSON (*.json)</source>
        <translation>Bütün qeydlər, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Qeydləri ixrac et</translation>
    </message>
    <message>
        <source>Records saved as %1</source>
        <translation>Qeydlər saxlanıldı: %1</translation>
    </message>
    <message>
        <source>New Record</source>
        <translation>Yeni qeyd</translation>
    </message>
    <message>
        <source>Select a record to edit.</source>
        <translation>Redaktə etmək üçün qeyd seçin.</translation>
    </message>
    <message>
        <source>Edit Record</source>
        <translation>Qeydi redaktə et</translation>
    </message>
    <message>
        <source>Select a record to delete.</source>
        <translation>Silmək üçün qeyd seçin.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 silinsin?</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>%1 silinərkən bunlar da silinəcək: %2.</translation>
    </message>
    <message>
        <source>These will no longer refer to it: %1.</source>
        <translation>Bunlar artıq ona istinad etməyəcək: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Bunu Düzəliş → Geri qaytar əmri ilə ləğv edə bilərsiniz.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Qeydi sil</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri qaytar (%1)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Təkrarla (%1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>The record base could not be opened.</source>
        <translation>Qeydlər bazasını açmaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>There is no record base at %1.</source>
        <translation>%1 ünvanında qeydlər bazası yoxdur.</translation>
    </message>
    <message>
        <source>Create an empty record base there?</source>
        <translation>Orada boş qeydlər bazası yaradılsın?</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Yarat</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Başqasını aç…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>Ye&amp;nisini yarat…</translation>
    </message>
    <message>
        <source>Read-only: %1 Records can be browsed, charted and exported, but not edited or imported.</source>
        <translation>Yalnız oxumaq üçün: %1 Qeydlərə baxmaq, onlar üzrə diaqram qurmaq və onları ixrac etmək olar, lakin redaktə və ya idxal etmək olmaz.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Browse international cooperation records: agencies, projects and programmes, events, and training participation.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo records.&lt;/b&gt; The facts come from the article “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. The demo also holds an illustrative sample, marked as such, that is not a real record. Country names: ISO 3166-1, from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Beynəlxalq əməkdaşlıq qeydlərinə baxış: qurumlar, layihələr və proqramlar, tədbirlər və təlimlərdə iştirak.&lt;/p&gt;&lt;p&gt;Lisenziya: GNU General Public License, versiya 3 və ya daha sonrakı.&lt;br&gt;Qt %2 ilə hazırlanıb (Qt %3 üzərində işləyir).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nümayiş qeydləri.&lt;/b&gt; Faktlar “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union” məqaləsindən götürülüb. Nümayiş qeydlərində həmçinin real qeyd olmayan və müvafiq qaydada işarələnmiş şərti nümunə də var. Ölkə adları: ISO 3166-1, Debian-ın iso-codes paketindən.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se&amp;rverə qoşul…</translation>
    </message>
    <message>
        <source>Open a record base on a PostgreSQL server</source>
        <translation>PostgreSQL serverindəki qeydlər bazasını aç</translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation>%1 faylı zədələnmələrə görə yoxlanılır…</translation>
    </message>
</context>
<context>
    <name>liaison::ParticipationImport</name>
    <message>
        <source>no file to import was given</source>
        <translation>idxal ediləcək fayl göstərilməyib</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>belə fayl yoxdur</translation>
    </message>
    <message>
        <source>a folder, not a CSV file</source>
        <translation>bu CSV faylı deyil, qovluqdur</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>faylı oxumaq mümkün deyil: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns and then one line per event and agency</source>
        <translation>fayl boşdur; onda sütunları adlandıran başlıq sətri, ondan sonra isə hər tədbir və qurum üçün bir sətir olmalıdır</translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation>faylda başlıq var, lakin idxal ediləcək sətir yoxdur</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>başlıqdakı %1 nömrəli sütunun adı yoxdur</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are: %2</source>
        <translation>naməlum sütun %1; mümkün sütunlar: %2</translation>
    </message>
    <message>
        <source>unknown column %1 (did you mean %2?); the columns are: %3</source>
        <translation>naməlum sütun %1 (bəlkə %2 nəzərdə tutulub?); mümkün sütunlar: %3</translation>
    </message>
    <message>
        <source>column %1 appears twice (columns %2 and %3)</source>
        <translation>%1 sütunu iki dəfə verilib (%2 və %3 nömrəli sütunlar)</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>məcburi %1 sütunu yoxdur</translation>
    </message>
    <message>
        <source>cannot read the record base %1: %2</source>
        <translation>%1 qeydlər bazasını oxumaq mümkün deyil: %2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (is a field with a delimiter not in quotes?)</source>
        <translation>sətirdə %1 sahə var, başlıqda isə %2 (ayırıcı simvol olan sahə dırnağa alınmayıb?)</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>boşdur, lakin məcburidir</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 bunlardan biri deyil: %2</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 YYYY-MM-DD formatında tarix deyil</translation>
    </message>
    <message>
        <source>%1 is before the start_date %2</source>
        <translation>%1 start_date dəyərindən (%2) əvvəldir</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 ISO 3166-1 alpha-2 ölkə kodu deyil</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 0 və ya daha böyük tam ədəd deyil</translation>
    </message>
    <message>
        <source>%1 is the name of several projects in the record base; give the acronym</source>
        <translation>%1 qeydlər bazasında bir neçə layihənin adıdır; abreviaturanı göstərin</translation>
    </message>
    <message>
        <source>%1 is the name of several agencies in the record base; give the acronym</source>
        <translation>%1 qeydlər bazasında bir neçə qurumun adıdır; abreviaturanı göstərin</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the new agency %3 on line %4</source>
        <translation>%1 yeni %3 qurumu üçün %4 saylı sətirdə verilmiş dəyərdən fərqlənir: %2</translation>
    </message>
    <message>
        <source>%1 differs from the country of %2 in the record base (%3)</source>
        <translation>%1 qeydlər bazasındakı %2 qurumunun ölkəsindən fərqlənir: %3</translation>
    </message>
    <message>
        <source>several events of %1 named %2 start on %3 in the record base; the import cannot tell which one</source>
        <translation>qeydlər bazasında %1 layihəsinin %2 adlı bir neçə tədbiri %3 tarixində başlayır; idxal onlardan hansının nəzərdə tutulduğunu müəyyən edə bilmir</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the same event on line %3</source>
        <translation>%1 eyni tədbir üçün %3 saylı sətirdə verilmiş dəyərdən fərqlənir: %2</translation>
    </message>
    <message>
        <source>%1 differs from the event&apos;s %2 in the record base (%3); the import does not change events</source>
        <translation>%1 qeydlər bazasındakı tədbirin %2 dəyərindən fərqlənir (%3); idxal tədbirləri dəyişdirmir</translation>
    </message>
    <message>
        <source>%1 is not an agency of the record base or of this file</source>
        <translation>%1 adlı qurum nə qeydlər bazasında, nə də bu faylda var</translation>
    </message>
    <message>
        <source>the event %1 (%2, %3) and the agency %4 are already on line %5; give each participation once</source>
        <translation>%1 tədbiri (%2, %3) və %4 qurumu artıq %5 saylı sətirdə var; hər iştirakı yalnız bir dəfə göstərin</translation>
    </message>
    <message>
        <source>%1 is not in the record base; to create it, give its agency_country</source>
        <translation>%1 qeydlər bazasında yoxdur; onu yaratmaq üçün agency_country dəyərini göstərin</translation>
    </message>
    <message>
        <source>empty, but the event %1 is not in the record base and a new event needs a kind: %2</source>
        <translation>boşdur, lakin %1 tədbiri qeydlər bazasında yoxdur və yeni tədbir üçün növ göstərilməlidir: %2</translation>
    </message>
    <message>
        <source>the event %1 is not in the record base and a new event needs a kind: add an event_kind column (%2)</source>
        <translation>%1 tədbiri qeydlər bazasında yoxdur və yeni tədbir üçün növ göstərilməlidir: event_kind sütununu əlavə edin (%2)</translation>
    </message>
    <message>
        <source>cannot write to the record base %1: %2</source>
        <translation>%1 qeydlər bazasına yazmaq mümkün deyil: %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>%1 faylının idxalı</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed.</source>
        <translation>
            <numerusform>Daha %n problem göstərilməyib.</numerusform>
            <numerusform>Daha %n problem göstərilməyib.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::PgPassFile</name>
    <message>
        <source>The password file &quot;%1&quot; is ignored: it is not a plain file</source>
        <translation>&quot;%1&quot; parol faylı nəzərə alınmır: bu, adi fayl deyil</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is ignored: its group or others may read it; its permissions should be u=rw (0600) or less</source>
        <translation>&quot;%1&quot; parol faylı nəzərə alınmır: onu faylın qrupu və ya digər istifadəçilər oxuya bilər; faylın icazələri u=rw (0600) və ya daha məhdud olmalıdır</translation>
    </message>
</context>
<context>
    <name>liaison::RecordBaseCopy</name>
    <message>
        <source>%1 has no column %2 to copy into.</source>
        <translation>%1 qeydlər bazasında məlumatların kopyalanacağı %2 sütunu yoxdur.</translation>
    </message>
    <message>
        <source>%1 already holds records; nothing was copied.</source>
        <translation>%1 qeydlər bazasında artıq qeydlər var; heç nə kopyalanmadı.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Liaison cannot copy: %2.</source>
        <translation>%1 qeydlər bazasında Liaison proqramının bu versiyasının kopyalaya bilmədiyi cədvəllər var: %2.</translation>
    </message>
    <message>
        <source>The summary of %1 differs in the copy: %2.</source>
        <translation>%1 qeydinin icmalı surətdə fərqlidir: %2.</translation>
    </message>
    <message>
        <source>The search index holds %1 rows in %2 but %3 in the copy.</source>
        <translation>%2 bazasında axtarış indeksi %1 sətirdən, surətdə isə %3 sətirdən ibarətdir.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordCommand</name>
    <message>
        <source>The record base refused the change.</source>
        <translation>Qeydlər bazası dəyişikliyi qəbul etmədi.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordEditor</name>
    <message>
        <source>the table %1 has a foreign key of several columns, which deleting records does not support</source>
        <translation>%1 cədvəlində bir neçə sütundan ibarət xarici açar var; qeydlərin silinməsi bunu dəstəkləmir</translation>
    </message>
    <message>
        <source>Countries are a fixed list and cannot be edited.</source>
        <translation>Ölkələr sabit siyahıdır və redaktə edilə bilməz.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be edited.</source>
        <translation>Bu növ qeydlər redaktə edilə bilməz.</translation>
    </message>
    <message>
        <source>There is no field “%1” in this kind of record.</source>
        <translation>Bu növ qeyddə “%1” sahəsi yoxdur.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 mütləq doldurulmalıdır.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by %3 (%4).</source>
        <translation>%1 “%2” artıq istifadə olunur: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1 “%2” tarix deyil: onu YYYY, YYYY-MM və ya YYYY-MM-DD şəklində yazın.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more; “%2” is not.</source>
        <translation>%1 0 və ya daha böyük tam ədəd olmalıdır; “%2” belə deyil.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: “%2” mümkün variantlardan biri deyil.</translation>
    </message>
    <message>
        <source>%1: there is no country with the code “%2”.</source>
        <translation>%1: “%2” kodlu ölkə yoxdur.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record id.</source>
        <translation>%1: “%2” qeyd id-si deyil.</translation>
    </message>
    <message>
        <source>%1: there is no agency with the id %2.</source>
        <translation>%1: id-si %2 olan qurum yoxdur.</translation>
    </message>
    <message>
        <source>%1: there is no programme or project with the id %2.</source>
        <translation>%1: id-si %2 olan proqram və ya layihə yoxdur.</translation>
    </message>
    <message>
        <source>%1: there is no source with the id %2.</source>
        <translation>%1: id-si %2 olan mənbə yoxdur.</translation>
    </message>
    <message>
        <source>%1: there is no record with the id %2.</source>
        <translation>%1: id-si %2 olan qeyd yoxdur.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://; “%2” is not.</source>
        <translation>%1 http:// və ya https:// ilə başlayan veb ünvan olmalıdır; “%2” belə deyil.</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2.</source>
        <translation>Bitmə tarixi (%1) başlama tarixindən (%2) əvvəldir.</translation>
    </message>
    <message>
        <source>End date %1 is less precise than the start date %2 in the same period: give the end date at least as precisely.</source>
        <translation>Bitmə tarixi (%1) eyni dövrə düşən başlama tarixindən (%2) daha az dəqiqdir: bitmə tarixini ən azı onun qədər dəqiq göstərin.</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>Qurum özü-özünə tabe ola bilməz.</translation>
    </message>
    <message>
        <source>A programme or project cannot be its own parent.</source>
        <translation>Proqram və ya layihə özü-özünün tərkibinə daxil ola bilməz.</translation>
    </message>
    <message>
        <source>%1 is under this agency: as its parent it would make a cycle.</source>
        <translation>%1 bu quruma tabedir: onu tabe olduğu qurum kimi seçmək dairəvi asılılıq yaradardı.</translation>
    </message>
    <message>
        <source>%1 is under this programme or project: as its parent it would make a cycle.</source>
        <translation>%1 bu proqramın və ya layihənin tərkibindədir: onu daxil olduğu proqram və ya layihə kimi seçmək dairəvi asılılıq yaradardı.</translation>
    </message>
    <message>
        <source>An international organisation has no country: leave %1 empty.</source>
        <translation>Beynəlxalq təşkilatın ölkəsi olmur: “%1” sahəsini boş saxlayın.</translation>
    </message>
    <message>
        <source>An agency of kind “%1” needs a country.</source>
        <translation>“%1” növündən olan qurum üçün ölkə göstərilməlidir.</translation>
    </message>
    <message>
        <source>An agreement needs an agency or a country as its party.</source>
        <translation>Sazişin tərəfi kimi qurum və ya ölkə göstərilməlidir.</translation>
    </message>
    <message>
        <source>Give the partner country, or the number of partner countries.</source>
        <translation>Tərəfdaş ölkəni və ya tərəfdaş ölkələrin sayını göstərin.</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 qeyd id-si deyil.</translation>
    </message>
    <message>
        <source>There is already a record of this kind with the id %1.</source>
        <translation>Bu növdə id-si %1 olan qeyd artıq var.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>%1 qeydi mövcud deyil.</translation>
    </message>
    <message numerus="yes">
        <source>The source “%1” is cited by %n record(s); give them another source before deleting it.</source>
        <translation>
            <numerusform>“%1” mənbəsinə %n qeyd istinad edir; onu silməzdən əvvəl həmin qeydlər üçün başqa mənbə göstərin.</numerusform>
            <numerusform>“%1” mənbəsinə %n qeyd istinad edir; onu silməzdən əvvəl həmin qeydlər üçün başqa mənbə göstərin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) still refer to this record, so it cannot be deleted.</source>
        <translation>
            <numerusform>Bu qeydə hələ %n başqa qeyd istinad edir, ona görə onu silmək mümkün deyil.</numerusform>
            <numerusform>Bu qeydə hələ %n başqa qeyd istinad edir, ona görə onu silmək mümkün deyil.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1 changed other rows than expected, so nothing was deleted</source>
        <translation>%1 silinərkən gözləniləndən fərqli sətirlər dəyişdi, ona görə heç nə silinmədi</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Bərpa ediləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>The snapshot of %1 does not fit this record base.</source>
        <translation>%1 qeydinin saxlanmış surəti bu qeydlər bazasına uyğun gəlmir.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>“%1” qeydi siz onu açdıqdan sonra başqası tərəfindən dəyişdirilib, ona görə dəyişiklikləriniz saxlanılmadı.</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <translation>%1: başqasının dəyəri “%2”, sizinki “%3”</translation>
    </message>
</context>
<context>
    <name>liaison::RecordExport</name>
    <message>
        <source>%1 at events without a project</source>
        <translation>layihəsi olmayan tədbirlərdə %1</translation>
    </message>
    <message>
        <source>%1 at events without a start date of year, month and day</source>
        <translation>başlama tarixi il, ay və gün dəqiqliyi ilə göstərilməyən tədbirlərdə %1</translation>
    </message>
    <message>
        <source>%1 at events whose title is only spaces</source>
        <translation>başlığı yalnız boşluqlardan ibarət olan tədbirlərdə %1</translation>
    </message>
    <message>
        <source>%1 of agencies whose name is only spaces</source>
        <translation>adı yalnız boşluqlardan ibarət olan qurumlara aid %1</translation>
    </message>
    <message>
        <source>%1 of agencies without a country</source>
        <translation>ölkəsi olmayan qurumlara aid %1</translation>
    </message>
    <message>
        <source>%1 at events sharing project, title and start date with another</source>
        <translation>layihəsi, başlığı və başlama tarixi başqa tədbirlə eyni olan tədbirlərdə %1</translation>
    </message>
    <message>
        <source>%1 of agencies sharing their acronym or name with another agency of the event or of another country</source>
        <translation>abreviaturası və ya adı həmin tədbirin başqa bir qurumu, yaxud başqa ölkənin qurumu ilə eyni olan qurumlara aid %1</translation>
    </message>
    <message>
        <source>Left out %1 of %2 participation records (%3 participants), which the import format cannot hold: %4.</source>
        <translation>%2 iştirak qeydindən idxal formatının saxlaya bilmədiyi %1 qeyd (%3 iştirakçı) buraxıldı: %4.</translation>
    </message>
    <message>
        <source>Left the organiser empty at %1 events: it takes part in none of the file&apos;s rows, so an import could not create it.</source>
        <translation>%1 tədbirdə təşkilatçı boş saxlanıldı: o, faylın heç bir sətrində iştirak etmir, ona görə idxal zamanı onu yaratmaq mümkün olmazdı.</translation>
    </message>
    <message>
        <source>Left the end date empty at %1 events: it is only a year or a month.</source>
        <translation>%1 tədbirdə bitmə tarixi boş saxlanıldı: o, yalnız il və ya ay dəqiqliyi ilə göstərilib.</translation>
    </message>
    <message>
        <source>Cannot write %1: the record base is not open.</source>
        <translation>%1 yazıla bilmir: qeydlər bazası açıq deyil.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazıla bilmir: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: reading %2 from %3 failed: %4</source>
        <translation>%1 yazıla bilmir: %3 faylından %2 cədvəlini oxumaq alınmadı: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: reading the participation from %2 failed: %3</source>
        <translation>%1 yazıla bilmir: %2 faylından iştirak məlumatlarını oxumaq alınmadı: %3</translation>
    </message>
</context>
<context>
    <name>liaison::RecordFormDialog</name>
    <message>
        <source>Not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Tarix deyil: YYYY, YYYY-MM və ya YYYY-MM-DD yazın</translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation>%1 sahəsində problem: %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Mütləq doldurulmalıdır</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>The title of the form for a new record; %1 is the kind: &quot;New Agency&quot;</extracomment>
        <translation>Yeni qeyd: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>The title of the form for a record; %1 is its acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>Redaktə: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>The label of a required field in a form</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>How to write a date in a form; keep the letters Y, M and D as they are</extracomment>
        <translation>YYYY, YYYY-MM və ya YYYY-MM-DD</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown in a number field left empty</extracomment>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>* ilə işarələnmiş sahələr mütləq doldurulmalıdır.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Yarat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
</context>
<context>
    <name>liaison::RecordKey</name>
    <message>
        <source>&quot;%1&quot; is not a record: write KIND:KEY (agency, project or event, then an acronym, a name or an id) or &quot;all&quot;</source>
        <translation>&quot;%1&quot; qeyd deyil: KIND:KEY yazın (agency, project və ya event, sonra abreviatura, ad və ya id) yaxud &quot;all&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record: use agency, project or event</source>
        <translation>&quot;%1&quot; qeyd növü deyil: agency, project və ya event yazın</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no record after the colon</source>
        <translation>&quot;%1&quot; ifadəsində iki nöqtədən sonra qeyd göstərilməyib</translation>
    </message>
</context>
<context>
    <name>liaison::RecordSchema</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Abreviatura</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Parent programme or project</source>
        <translation>Daxil olduğu proqram və ya layihə</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Tabe olduğu qurum</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb sayt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Təşkilatçı</translation>
    </message>
    <message>
        <source>Project or programme</source>
        <translation>Layihə və ya proqram</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ad və soyad</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Tərəfdaş ölkə</translation>
    </message>
    <message>
        <source>Partner countries (more than)</source>
        <translation>Tərəfdaş ölkələrin sayı (bundan çox)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>İmzalanma tarixi</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nəşr edən</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Veb ünvan</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Nəşr tarixi</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Saziş</translation>
    </message>
</context>
<context>
    <name>liaison::RecordStore</name>
    <message>
        <source>All records</source>
        <translation>Bütün qeydlər</translation>
    </message>
    <message>
        <source>No %1 &quot;%2&quot; in %3.</source>
        <translation>%3 faylında %1 &quot;%2&quot; tapılmadı.</translation>
    </message>
    <message>
        <source>Several records of kind %1 are named &quot;%2&quot;; use the id instead.</source>
        <translation>%1 növündə &quot;%2&quot; adlı bir neçə qeyd var; bunun əvəzinə id göstərin.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordTreeModel</name>
    <message>
        <source>Agencies</source>
        <translation>Qurumlar</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Layihələr və proqramlar</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Beynəlxalq təşkilatlar</translation>
    </message>
    <message>
        <source>EU agencies and bodies</source>
        <translation>Aİ agentlikləri və orqanları</translation>
    </message>
    <message>
        <source>Events outside projects</source>
        <translation>Layihələrdən kənar tədbirlər</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>acronym — full name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n iştirakçı</numerusform>
            <numerusform>%n iştirakçı</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role or date</source>
        <translation>Rol və ya tarix</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
</context>
<context>
    <name>liaison::SearchIndex</name>
    <message>
        <source>%1 has no search index yet; opening it for writing adds one.</source>
        <translation>%1 faylında hələ axtarış indeksi yoxdur; onu yazma icazəsi ilə açdıqda indeks əlavə olunacaq.</translation>
    </message>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>%1 faylında axtarış mümkün deyil: %2</translation>
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
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Every shortcut of the window, as its menus and actions define them.</source>
        <translation>Pəncərənin bütün qısayolları — menyularda və əmrlərdə təyin olunduğu kimi.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menyu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əmr</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Pəncərə</translation>
    </message>
</context>
<context>
    <name>liaison::Vocabulary</name>
    <message>
        <source>funding</source>
        <comment>role of an agency in a project</comment>
        <translation>maliyyələşdirən</translation>
    </message>
    <message>
        <source>accountable</source>
        <comment>role of an agency in a project</comment>
        <translation>məsul</translation>
    </message>
    <message>
        <source>implementing</source>
        <comment>role of an agency in a project</comment>
        <translation>icraçı</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>role of an agency in a project</comment>
        <translation>tərəfdaş</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <comment>role of an agency in a project</comment>
        <translation>faydalanan</translation>
    </message>
    <message>
        <source>member</source>
        <comment>role of an agency in a project</comment>
        <translation>üzv</translation>
    </message>
    <message>
        <source>National agency</source>
        <translation>Milli qurum</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Nazirlik</translation>
    </message>
    <message>
        <source>Academy or training institution</source>
        <translation>Akademiya və ya tədris müəssisəsi</translation>
    </message>
    <message>
        <source>EU agency</source>
        <translation>Aİ agentliyi</translation>
    </message>
    <message>
        <source>EU body</source>
        <translation>Aİ orqanı</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Beynəlxalq təşkilat</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Layihə</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Information-exchange network or system</source>
        <translation>Məlumat mübadiləsi şəbəkəsi və ya sistemi</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Vebinar</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Təlim</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konfrans</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>project status</comment>
        <translation>planlaşdırılıb</translation>
    </message>
    <message>
        <source>active</source>
        <comment>project status</comment>
        <translation>icra olunur</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>project status</comment>
        <translation>başa çatıb</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>project status</comment>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>project status</comment>
        <translation>dayandırılıb</translation>
    </message>
    <message>
        <source>Published article</source>
        <translation>Dərc olunmuş məqalə</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Rəsmi sənəd</translation>
    </message>
    <message>
        <source>Illustrative sample</source>
        <translation>Şərti nümunə (real deyil)</translation>
    </message>
</context>
</TS>
