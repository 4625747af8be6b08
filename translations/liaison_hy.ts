<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy_AM">
<context>
    <name>liaison::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Բեռնվում է…</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportCommand</name>
    <message>
        <source>--chart: unknown chart &quot;%1&quot;; use %2.</source>
        <translation>--chart՝ անհայտ գծապատկեր «%1»։ Օգտագործեք %2։</translation>
    </message>
    <message>
        <source>--output: unknown image format &quot;%1&quot; in %2; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>--output՝ անհայտ պատկերի ձևաչափ «%1» (%2)։ Օգտագործեք .png, .jpg, .jpeg, .svg կամ .pdf։</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size; write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size՝ «%1» արժեքը չափս չէ — գրեք ԼԱՅՆՈՒԹՅՈՒՆxԲԱՐՁՐՈՒԹՅՈՒՆ, օր.՝ 1920x1080։</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Բոլոր գրառումները</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 × %4).</source>
        <translation>Ֆայլը գրվեց՝ %1 (%2, %3 × %4)։</translation>
    </message>
    <message>
        <source>note: no training participation is recorded for %1.</source>
        <translation>նշում՝ ուսումնական միջոցառումներին մասնակցություն գրանցված չէ (%1)։</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportDialog</name>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Պատկերի չափսը կլինի %1 × %2 պիքսել։</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Պատկերի չափս</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Չափս՝</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Լայնություն՝</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Բարձրություն՝</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Մասշտաբ՝</translation>
    </message>
    <message>
        <source>As shown (%1 × %2)</source>
        <translation>Ինչպես էկրանին է (%1 × %2)</translation>
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
        <translation>Այլ չափս</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Արտահանել</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExporter</name>
    <message>
        <source>%1: unknown image format &quot;%2&quot;; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>%1՝ անհայտ պատկերի ձևաչափ «%2»։ Օգտագործեք .png, .jpg, .jpeg, .svg կամ .pdf։</translation>
    </message>
    <message>
        <source>%1: the size %2×%3 is outside 100×100 to 10000×10000.</source>
        <translation>%1՝ %2×%3 չափսը դուրս է 100×100-ից 10000×10000 միջակայքից։</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլը՝ %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլը՝ չհաջողվեց կոդավորել պատկերը։</translation>
    </message>
    <message>
        <source>Chart exported by Liaison</source>
        <translation>Գծապատկերն արտահանվել է Liaison-ով</translation>
    </message>
</context>
<context>
    <name>liaison::ChartFactory</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln մասնակից</numerusform>
            <numerusform>%Ln մասնակից</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Մասնակիցներ</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Ըստ տարիների</translation>
    </message>
    <message>
        <source>By event kind</source>
        <translation>Ըստ միջոցառման տեսակների</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Ըստ գերատեսչությունների</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Ըստ երկրների</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Կուտակային</translation>
    </message>
    <message>
        <source>No training participation recorded for %1</source>
        <translation>%1՝ ուսումնական միջոցառումներին մասնակցություն գրանցված չէ</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: participants by year</source>
        <translation>%1՝ մասնակիցներն ըստ տարիների</translation>
    </message>
    <message>
        <source>%1: participants by event kind</source>
        <translation>%1՝ մասնակիցներն ըստ միջոցառման տեսակների</translation>
    </message>
    <message>
        <source>%1: participants by agency</source>
        <translation>%1՝ մասնակիցներն ըստ գերատեսչությունների</translation>
    </message>
    <message>
        <source>%1: participants by country</source>
        <translation>%1՝ մասնակիցներն ըստ երկրների</translation>
    </message>
    <message>
        <source>%1: participants over time</source>
        <translation>%1՝ մասնակիցների թիվը ժամանակի ընթացքում</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>chart title, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Առանց ամսաթվի</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Առանց երկրի</translation>
    </message>
    <message>
        <source>Outside projects</source>
        <translation>Նախագծերից դուրս</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2՝ %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Տարի</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Գերատեսչություն</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>Participants, cumulative</source>
        <translation>Մասնակիցներ (կուտակային)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
</context>
<context>
    <name>liaison::ChartPane</name>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>Չհաջողվեց կարդալ գծապատկերի տվյալները՝ %1</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Գրառումների շտեմարան բացված չէ</translation>
    </message>
    <message>
        <source>%1 has no training participation of its own.</source>
        <translation>%1՝ ուսումնական միջոցառումներին սեփական մասնակցություն չունի։</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Գ&amp;ծապատկեր՝</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>Գծապատկերի տեսակ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Արտահանել…</translation>
    </message>
    <message>
        <source>Export the chart as an image or document (Ctrl+E)</source>
        <translation>Արտահանել գծապատկերը որպես պատկեր կամ փաստաթուղթ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Պատճենել</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
        <translation>Պատճենել գծապատկերը սեղմատախտակին (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chart of training participation</source>
        <translation>Ուսումնական միջոցառումներին մասնակցության գծապատկեր</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Բոլոր գրառումները</translation>
    </message>
</context>
<context>
    <name>liaison::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Ցուցադրել այս օգնությունը և դուրս գալ։</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Ցուցադրել տարբերակը և դուրս գալ։</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ՈՒՂԻ</translation>
    </message>
    <message>
        <source>Interface language for this run (e.g. en, ru, az).</source>
        <translation>Միջերեսի լեզուն այս գործարկման համար (օր.՝ en, ru, az)։</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>ԿՈԴ</translation>
    </message>
    <message>
        <source>init: fill the new record base with the demo records.</source>
        <translation>init հրամանի համար՝ նոր գրառումների շտեմարանը լրացնել ցուցադրական գրառումներով։</translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation>KIND:KEY</translation>
    </message>
    <message>
        <source>Liaison browses international cooperation records: agencies, projects, events and training participation.</source>
        <translation>Liaison-ը միջազգային համագործակցության գրառումների դիտարկիչ է՝ գերատեսչություններ, նախագծեր, միջոցառումներ և ուսումնական միջոցառումներին մասնակցություն։</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[հրաման]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Languages: %2.</source>
        <translation>Անհայտ լեզու՝ «%1»։ Հասանելի լեզուներ՝ %2։</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database ընտրանքին անհրաժեշտ է ֆայլի ուղի։</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Անսպասելի արգումենտ՝ «%1»։</translation>
    </message>
    <message>
        <source>--demo is an option of the init command.</source>
        <translation>--demo ընտրանքը վերաբերում է միայն init հրամանին։</translation>
    </message>
    <message>
        <source>summary needs --record KIND:KEY or --record all.</source>
        <translation>summary հրամանին անհրաժեշտ է --record KIND:KEY կամ --record all։</translation>
    </message>
    <message>
        <source>Try &quot;liaison --help&quot;.</source>
        <translation>Փորձեք «liaison --help»։</translation>
    </message>
    <message>
        <source>The window cannot be opened from here.</source>
        <translation>Այստեղից պատուհանը հնարավոր չէ բացել։</translation>
    </message>
    <message>
        <source>Created the demo record base %1.</source>
        <translation>Ստեղծվեց ցուցադրական գրառումների շտեմարանը՝ %1։</translation>
    </message>
    <message>
        <source>Created the record base %1.</source>
        <translation>Ստեղծվեց գրառումների շտեմարանը՝ %1։</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>ամբողջականություն՝ %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>հղումներ՝ %1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2; open the record base once with write access to upgrade it</source>
        <translation>սխեմայի տարբերակը %1 է, սպասվում էր %2 — թարմացնելու համար մեկ անգամ բացեք գրառումների շտեմարանը գրելու թույլտվությամբ</translation>
    </message>
    <message>
        <source>%1: integrity ok, references ok, schema version %2.</source>
        <translation>%1՝ ամբողջականությունն ու հղումները անխափան են, սխեմայի տարբերակը՝ %2։</translation>
    </message>
    <message>
        <source>export-chart: by-year, by-kind, by-agency, by-country or cumulative.</source>
        <translation>export-chart հրամանի համար՝ by-year, by-kind, by-agency, by-country կամ cumulative։</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>ԳԾԱՊԱՏԿԵՐ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ՖԱՅԼ</translation>
    </message>
    <message>
        <source>export-chart: the size in pixels (default 1600x900).</source>
        <translation>export-chart հրամանի համար՝ չափսը պիքսելներով (լռելյայն՝ 1600x900)։</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ԼxԲ</translation>
    </message>
    <message>
        <source>summary, export-chart: the record, as KIND:KEY (agency, project or event; an acronym, exact name or id) or all.</source>
        <translation>summary և export-chart հրամանների համար՝ գրառումը KIND:KEY տեսքով (KIND-ը՝ agency, project կամ event, KEY-ը՝ հապավում, ճշգրիտ անվանում կամ նույնացուցիչ) կամ all։</translation>
    </message>
    <message>
        <source>--record is an option of the summary and export-chart commands.</source>
        <translation>--record ընտրանքը վերաբերում է միայն summary և export-chart հրամաններին։</translation>
    </message>
    <message>
        <source>--%1 is an option of the export-chart command.</source>
        <translation>--%1 ընտրանքը վերաբերում է միայն export-chart հրամանին։</translation>
    </message>
    <message>
        <source>export-chart needs --record, --chart and --output.</source>
        <translation>export-chart հրամանին անհրաժեշտ են --record, --chart և --output ընտրանքները։</translation>
    </message>
    <message>
        <source>export-chart, export: the file to write (for charts .png, .jpg, .svg or .pdf).</source>
        <translation>export-chart և export հրամանների համար՝ գրվող ֆայլը (գծապատկերների համար՝ .png, .jpg, .svg կամ .pdf)։</translation>
    </message>
    <message>
        <source>export: csv (the participation, in the import format) or json (every record with its source).</source>
        <translation>export հրամանի համար՝ csv (մասնակցության տվյալները ներմուծման ձևաչափով) կամ json (բոլոր գրառումներն իրենց աղբյուրներով)։</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ՁԵՎԱՉԱՓ</translation>
    </message>
    <message>
        <source>--output is an option of the export and export-chart commands.</source>
        <translation>--output ընտրանքը վերաբերում է միայն export և export-chart հրամաններին։</translation>
    </message>
    <message>
        <source>--format is an option of the export command.</source>
        <translation>--format ընտրանքը վերաբերում է միայն export հրամանին։</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import հրամանին անհրաժեշտ է կարդացվող CSV ֆայլը։</translation>
    </message>
    <message>
        <source>export needs --format csv|json and --output FILE.</source>
        <translation>export հրամանին անհրաժեշտ են --format csv|json և --output ՖԱՅԼ ընտրանքները։</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Formats: csv, json.</source>
        <translation>Անհայտ ձևաչափ՝ «%1»։ Ձևաչափեր՝ csv, json։</translation>
    </message>
    <message>
        <source>nothing was imported; %1 is unchanged.</source>
        <translation>ոչինչ չի ներմուծվել — %1 գրառումների շտեմարանը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 participation records written; %4 projects, %5 events and %6 agencies created.</source>
        <translation>%2 ֆայլից ներմուծվեց %1 տող՝ գրվեց մասնակցության %3 գրառում, ստեղծվեց %4 նախագիծ, %5 միջոցառում և %6 գերատեսչություն։</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ֆայլը գրվեց՝ %1։</translation>
    </message>
    <message>
        <source>The record base: an SQLite file or a postgresql://user@host:port/dbname address. Default: %1</source>
        <translation>Գրառումների շտեմարանը՝ SQLite ֆայլ կամ postgresql://user@host:port/dbname հասցե։ Լռելյայն՝ %1</translation>
    </message>
    <message>
        <source>copy: the record base to copy (a file or an address).</source>
        <translation>copy հրամանի համար՝ պատճենվող գրառումների շտեմարանը (ֆայլ կամ հասցե)։</translation>
    </message>
    <message>
        <source>copy: the new record base (a file that does not exist, or an empty database).</source>
        <translation>copy հրամանի համար՝ նոր գրառումների շտեմարանը (դեռ գոյություն չունեցող ֆայլ կամ դատարկ տվյալների բազա)։</translation>
    </message>
    <message>
        <source>init, summary, check, import FILE.csv, export, export-chart or copy; none opens the window.</source>
        <translation>init, summary, check, import ՖԱՅԼ.csv, export, export-chart կամ copy։ Առանց հրամանի բացվում է պատուհանը։</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, summary, check, import, export, export-chart, copy.</source>
        <translation>Անհայտ հրաման՝ «%1»։ Հրամաններ՝ init, summary, check, import, export, export-chart, copy։</translation>
    </message>
    <message>
        <source>copy needs --from and --to (not --database).</source>
        <translation>copy հրամանին անհրաժեշտ են --from և --to ընտրանքները (ոչ թե --database)։</translation>
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
        <translation>Հրամաններ՝
  (առանց հրամանի)
            Բացել պատուհանը՝ գրառումների շտեմարանով։
  init      Ստեղծել դատարկ գրառումների շտեմարան կամ, --demo ընտրանքով,
            ցուցադրական գրառումներով շտեմարան։ Գոյություն ունեցող
            ֆայլը չի փոփոխվում։
  summary   Տպել գրառման ուսումնական միջոցառումներին մասնակցության
            ընդհանուր թվերը JSON ձևաչափով։
  check     Ստուգել գրառումների շտեմարանի ամբողջականությունը, հղումները
            և սխեմայի տարբերակը։
  import ՖԱՅԼ.csv
            Ներմուծել ուսումնական միջոցառումներին մասնակցությունը CSV
            ֆայլից՝ ամբողջությամբ կամ ոչինչ։
  export    Գրել մասնակցության տվյալները CSV ձևաչափով (ներմուծման
            ձևաչափը) կամ բոլոր գրառումներն իրենց աղբյուրներով՝ JSON
            ձևաչափով։
  export-chart
            Գրել գրառման ուսումնական միջոցառումներին մասնակցության
            գծապատկերը PNG, JPEG, SVG կամ PDF ձևաչափով (ըստ --output
            ֆայլի ընդլայնման)։ Էկրան չի պահանջում։
  copy      Պատճենել ամբողջ գրառումների շտեմարանը --from ֆայլից կամ
            սերվերից --to նոր ֆայլի կամ սերվերի դատարկ տվյալների բազայի
            մեջ և համեմատել դրանց ամփոփումները։

Գրառումների շտեմարանը SQLite ֆայլ է կամ սերվերի հասցե՝
postgresql://user@host:port/dbname։ Գաղտնաբառը վերցվում է հասցեից,
PGPASSWORD փոփոխականից, գաղտնաբառերի ֆայլից (PGPASSFILE, ~/.pgpass)
կամ հարցվում է օգտատիրոջից։

Ելքի կոդ՝ 0 — հաջողություն, 1 — ձախողում, 2 — օգտագործման սխալ։
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Գաղտնաբառ (%1)՝ </translation>
    </message>
    <message>
        <source>%1: integrity and references kept by the server, schema version %2.</source>
        <translation>%1՝ ամբողջականությունն ու հղումներն ապահովում է սերվերը, սխեմայի տարբերակը՝ %2։</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3.</source>
        <translation>Պատճենվեց՝ %1 → %2 (%3)։</translation>
    </message>
    <message>
        <source>The summaries match.</source>
        <translation>Ամփոփումները համընկնում են։</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Միացում սերվերին</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Սերվեր՝</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Պորտ՝</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Տվյալների բազա՝</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Օգտատեր՝</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Գաղտնաբառ՝</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Հիշել գաղտնաբառը համակարգի գաղտնաբառերի պահոցում</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>եթե դատարկ է՝ PGPASSWORD կամ ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Միանալ</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Հասցե՝ %1</translation>
    </message>
</context>
<context>
    <name>liaison::CountryList</name>
    <message>
        <source>the embedded country list %1 is missing</source>
        <translation>ներկառուցված երկրների ցանկը (%1) բացակայում է</translation>
    </message>
</context>
<context>
    <name>liaison::CountryNames</name>
    <message>
        <source>Andorra</source>
        <translation>Անդորա</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Միացյալ Արաբական Էմիրաթներ</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Աֆղանստան</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Անտիգուա-Բարբուդա</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Անգիլիա</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Ալբանիա</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Հայաստան</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Անգոլա</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Անտարկտիդա</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Արգենտինա</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Ամերիկյան Սամոա</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Ավստրիա</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Ավստրալիա</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Արուբա</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Ալանդյան կղզիներ</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Ադրբեջան</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Բոսնիա-Հերցեգովինա</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Բարբադոս</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Բանգլադեշ</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Բելգիա</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Բուրկինա Ֆասո</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Բուլղարիա</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Բահրեյն</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Բուրունդի</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Բենին</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Սուրբ Բարդուղիմեոսի կղզի</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Բերմուդյան Կղզիներ</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Բրունեյ</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Բոլիվիա</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Բոնեյրե, Սինտ Էվստատիուս և Սաբա</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Բրազիլիա</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Բահամներ</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Բութան</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Բուվետ Կղզի</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Բոտսվանա</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Բելոռուս</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Բելիզ</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Կանադա</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Կոկոսյան (Քիլինգ) կղզիներ</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Կոնգոյի Դեմոկրատական Հանրապետություն</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Կենտրոնական Աֆրիկյան Հանրապետություն</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Կոնգո</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Շվեյցարիա</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Կոտ դ&apos;Իվուար</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Կուկի Կղզիներ</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Չիլի</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Կամերուն</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Չինաստան</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Կոլումբիա</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Կոստա-Ռիկա</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Կուբա</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Կաբո Վերդե</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Կուրակաո</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Ծննդյան Կղզի</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Կիպրոս</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Չեխիա</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Գերմանիա</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Ջիբուտի</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Դանիա</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Դոմինիկա</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Դոմինիկյան Հանրապետություն</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Ալժիր</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Էկվադոր</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Էստոնիա</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Եգիպտոս</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Արեվմտյան Սահարա</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Էրիտրեա</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Իսպանիա</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Եթովպիա</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Ֆինլանդիա</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Ֆիջի</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Ֆոլկլոնդյան Կղզիներ</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Միկրոնեզիայի Ֆեդերային Պետություն</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Ֆարերյան կղզիներ</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Ֆրանսիա</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Գաբոն</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Մեծ Բրիտանիա</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Գրենադա</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Վրաստան</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Ֆրանսիական Գվիանա</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Գերնսի</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Գանա</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Ջիբրալթար</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Գրենլանդիա</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Գամբիա</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Գվինեա</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Գվադելուպա</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Հասարակածային Գվինեա</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Հունաստան</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Հարավային Ջորջիա և Հարավային Սանդվիչյան կղզիներ</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Գվատեմալա</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Գուամ</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Գվինեա-Բիսաու</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Գայանա</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Հոնգ Կոնգ</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Հերդ և Մակդոնալդ Կղզիներ</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Հոնդուրաս</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Խորվաթիա</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Հաիթի</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Հունգարիա</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Ինդոնեզիա</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Իռլանդիա</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Իսրայել</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Մեն Կղզի</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Հնդկաստան</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Հնդկական օվկիանոսի բրիտանական տարածքներ</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Իրաք</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Իրան</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Իսլանդիա</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Իտալիա</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Ջերսի</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Ջամայկա</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Հորդանան</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Ճապոնիա</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Քենիա</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Կիրգիզստան</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Կամբոջա</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Կիրիբատի</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Կոմորոս</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Սենտ Կիտս-Նեվիս</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Հյուսիսային Կորեա</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Հարավային Կորեա</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Քուվեյթ</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Կայմանյան Կղզիներ</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Ղազախստան</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Լաոս</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Լիբանան</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Սանտա Լուչիա</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Լիխտենշտեյն</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Շրի Լանկա</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Լիբերիա</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Լեսոտո</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Լիտվա</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Լյուքսեմբուրգ</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Լատվիա</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Լիբիա</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Մարոկո</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Մոնակո</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Մոլդովա</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Մոնտենեգրո</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Սուրբ Մարտին (Ֆրանսիական Մաս)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Մադագասկար</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Մարշալյան կղզիներ</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Հյուսիսային Մակեդոնիա</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Մալի</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Մյանմա</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Մոնղոլիա</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Մակաո</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Հյուսիսային Մարիանայի կղզիներ</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Մարտինիկա</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Մավրիտանիա</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Մոնտսերատ</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Մալթա</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Մավրիտոս</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Մալդիվներ</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Մալավի</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Մեքսիկա</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Մալայզիա</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Մոզամբիկ</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Նամիբիա</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Նոր Կալեդոնիա</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Նիգեր</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Նոր­ֆոլկ Կղզի</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Նիգերիա</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Նիկարագուա</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Նիդերլանդեր</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Նորվեգիա</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Նեպալ</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Նաուրու</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Նիուե</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Նոր Զելանդիա</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Օման</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Պանամա</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Պերու</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Ֆրանսիական Պոլինեզիա</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Պապուա Նոր Գվինեա</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Ֆիլիպիններ</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Պակիստան</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Լեհաստան</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Սեն Պիեռ և Միքելոն</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Պիտքերնյան կղզիներ</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Պուերտո Ռիկո</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Պաղեստին</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Պորտուգալիա</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Պալաու</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Պարագվայ</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Կատար</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Ռեյունյոն</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Ռումինիա</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Սերբիա</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Ռուսաստանի Դաշնություն</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ռուանդա</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Սաուդիան Արաբիա</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Սոլոմոնյան կղզիներ</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Սեյշելներ</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Սուդան</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Շվեդիա</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Սինգապուր</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Սուրբ Հեղինեի Կղզի, Համբարձման և Տրիստան դա Կունյա</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Սլովենիա</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Սվալբարդ և Յան Մայեն</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Սլովակիա</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Սյերա-Լեոնե</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Սան Մարինո</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Սենեգալ</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Սոմալի</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Սուրինամ</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Հարավային Սուդան</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Սան-Թոմե-Փրինսիպի</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Սալվադոր</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Սինթ Մարտեն (Հոլանդական մաս)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Սիրիա</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Էսվատինի</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Թյորքս և Կայկոս կղզիներ</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Չադ</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Ֆրանսիական Հարավային Տարածքներ</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Տոգո</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Թաիլանդ</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Տաճիկստան</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Տոկելաու</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Թիմոր - Լեստե</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Թուրքմենստան</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Թունիս</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Տոնգա</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Թուրքիա</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Տրինիդադ-Տոբագո</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Տուվալու</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Թայվան</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Տանզանիա</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ուկրաինա</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ուգանդա</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Միացյալ Նահանգների Հեռավոր Փոքր Կղզիներ</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Ամէրիկայի Միացյալ Նահանգնէր</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Ուրուգվայ</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ուզբեկստան</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Սուրբ Քաղաք (Վատիկան)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Սենտ Վիսենտ-Գրենադիններ</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Վենեսուելա</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Բրիտանական Վիրջինյան կղզիներ</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>ԱՄՆ Վիրջինյան կղզիներ</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Վիետնամ</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Վանուատու</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Վոլիս և Ֆուտունա</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Սամոա</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Եմեն</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Մայոտ</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Հարավային Աֆրիկա</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Զամբիա</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Զիմբաբվե</translation>
    </message>
</context>
<context>
    <name>liaison::CreateRecordCommand</name>
    <message>
        <source>Create agency %1</source>
        <extracomment>An undo step; %1 is the new agency&apos;s acronym or name</extracomment>
        <translation>«%1» գերատեսչության ստեղծում</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <extracomment>An undo step; %1 is the new project&apos;s acronym or name</extracomment>
        <translation>«%1» նախագծի ստեղծում</translation>
    </message>
    <message>
        <source>Create event %1</source>
        <extracomment>An undo step; %1 is the new event&apos;s title</extracomment>
        <translation>«%1» միջոցառման ստեղծում</translation>
    </message>
    <message>
        <source>Create person %1</source>
        <extracomment>An undo step; %1 is the new person&apos;s name</extracomment>
        <translation>«%1» անձի ստեղծում</translation>
    </message>
    <message>
        <source>Create agreement %1</source>
        <extracomment>An undo step; %1 is the new agreement&apos;s subject</extracomment>
        <translation>«%1» համաձայնագրի ստեղծում</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <extracomment>An undo step; %1 is the new source&apos;s title</extracomment>
        <translation>«%1» աղբյուրի ստեղծում</translation>
    </message>
    <message>
        <source>Create %1</source>
        <extracomment>An undo step; %1 is the new record&apos;s name</extracomment>
        <translation>«%1» գրառման ստեղծում</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>ֆայլը UTF-16 կոդավորմամբ տեքստ է — պահպանեք այն UTF-8 կոդավորմամբ</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (byte %1); save the file as UTF-8</source>
        <translation>տողը վավեր UTF-8 տեքստ չէ (բայթ %1) — պահպանեք ֆայլը UTF-8 կոդավորմամբ</translation>
    </message>
    <message>
        <source>the quote that opens a field on this line is never closed (a missing &quot; or a quote inside a field that was not written &quot;&quot;)</source>
        <translation>այս տողում դաշտը բացող չակերտը չի փակվում (բացակայում է &quot; նշանը, կամ դաշտի ներսում չակերտը գրված չէ &quot;&quot; տեսքով)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>դաշտը փակող չակերտից հետո տեքստ կա — չակերտների մեջ առնված դաշտի ներսում չակերտը գրվում է կրկնակի (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>the file is not a database</source>
        <translation>ֆայլը տվյալների բազա չէ</translation>
    </message>
    <message>
        <source>the database file is damaged (malformed)</source>
        <translation>տվյալների բազայի ֆայլը վնասված է (սխալ կառուցվածք)</translation>
    </message>
    <message>
        <source>the record base is locked by another program</source>
        <translation>գրառումների շտեմարանը կողպված է մեկ այլ ծրագրի կողմից</translation>
    </message>
    <message>
        <source>the disk or the record base is full</source>
        <translation>սկավառակը կամ գրառումների շտեմարանը լցված է</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt-ի SQLite դրայվերը (QSQLITE) տեղադրված չէ։</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Հնարավոր չէ բացել %1 ֆայլը՝ %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Հնարավոր չէ կարդալ %1 ֆայլը՝ %2</translation>
    </message>
    <message>
        <source>No record base at %1.</source>
        <translation>%1 ուղով գրառումների շտեմարան չկա։</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Liaison record base. The file was not changed.</source>
        <translation>%1 ֆայլը SQLite տվյալների բազա է, բայց ոչ Liaison-ի գրառումների շտեմարան։ Ֆայլը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>%1 ֆայլն արդեն գոյություն ունի, այն չի փոփոխվել։</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Հնարավոր չէ ստեղծել %1 պանակը։</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>%2 աղյուսակի թիվ %1 տողը հղում է %3 աղյուսակի բացակայող տողին</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s quick check: %2). The file was not changed.</source>
        <translation>%1 ֆայլը վնասված է (SQLite-ի արագ ստուգում՝ %2)։ Ֆայլը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>Cannot open %1: its latest changes are in %2, which can only be read with write access to the folder %3. The file was not changed.</source>
        <translation>Հնարավոր չէ բացել %1 ֆայլը՝ դրա վերջին փոփոխությունները գտնվում են %2 ֆայլում, որը կարելի է կարդալ միայն %3 պանակում գրելու թույլտվությամբ։ Ֆայլը չի փոփոխվել։</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to this file.</source>
        <translation>%1 ֆայլը բացված է միայն կարդալու համար՝ այս ֆայլում գրելու թույլտվություն չունեք։</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to its folder %2, where SQLite keeps its working files while writing.</source>
        <translation>%1 ֆայլը բացված է միայն կարդալու համար՝ գրելու թույլտվություն չունեք դրա %2 պանակում, որտեղ SQLite-ը գրելու ընթացքում պահում է իր աշխատանքային ֆայլերը։</translation>
    </message>
    <message>
        <source>%1 is open read-only: it was written by a newer Liaison (schema version %2; this version knows up to %3).</source>
        <translation>%1 ֆայլը բացված է միայն կարդալու համար՝ այն գրվել է Liaison-ի ավելի նոր թողարկմամբ (սխեմայի տարբերակ՝ %2, իսկ այս թողարկումը ճանաչում է մինչև %3 տարբերակը)։</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ֆայլը բացված է միայն կարդալու համար։</translation>
    </message>
    <message>
        <source>your database role may not do this (%1)</source>
        <translation>ձեր տվյալների բազայի դերը այս գործողության թույլտվություն չունի (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>սերվերի հետ կապը խզվեց (%1)</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Qt-ի PostgreSQL դրայվերը (QPSQL) տեղադրված չէ։</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1՝ պահանջվում է գաղտնաբառ։</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1՝ սերվերը մերժեց օգտատիրոջ անունը կամ գաղտնաբառը։</translation>
    </message>
    <message>
        <source>The server has no database %1 (%2).</source>
        <translation>Սերվերում %1 անունով տվյալների բազա չկա (%2)։</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Հնարավոր չէ միանալ %1 հասցեին՝ %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but it is not a Liaison record base. Nothing was changed.</source>
        <translation>%1 տվյալների բազան աղյուսակներ է պարունակում, բայց Liaison-ի գրառումների շտեմարան չէ։ Ոչինչ չի փոփոխվել։</translation>
    </message>
    <message>
        <source>%1 holds no record base yet.</source>
        <translation>%1 տվյալների բազայում դեռ գրառումների շտեմարան չկա։</translation>
    </message>
    <message>
        <source>%1 already holds tables; it was left untouched.</source>
        <translation>%1 տվյալների բազան արդեն աղյուսակներ է պարունակում, այն չի փոփոխվել։</translation>
    </message>
    <message>
        <source>%1 is open read-only: the database role %2 may read it but not change it.</source>
        <translation>%1 տվյալների բազան բացված է միայն կարդալու համար՝ %2 դերը կարող է կարդալ այն, բայց ոչ փոփոխել։</translation>
    </message>
</context>
<context>
    <name>liaison::DatabaseLocation</name>
    <message>
        <source>No record base given: name an SQLite file or a postgresql:// address</source>
        <translation>Գրառումների շտեմարան նշված չէ — նշեք SQLite ֆայլ կամ postgresql:// հասցե</translation>
    </message>
    <message>
        <source>Unknown kind of address &quot;%1://&quot;: Liaison opens SQLite files and postgresql:// addresses</source>
        <translation>Անհայտ տեսակի հասցե՝ «%1://» — Liaison-ը բացում է SQLite ֆայլեր և postgresql:// հասցեներ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address is not a valid percent-encoded character</source>
        <translation>Հասցեում «%1» հաջորդականությունը վավեր տոկոսային կոդավորմամբ (percent-encoded) նիշ չէ</translation>
    </message>
    <message>
        <source>No host name after &quot;@&quot;: write postgresql://USER@HOST/DATABASE</source>
        <translation>«@» նշանից հետո հոստի անուն չկա — գրեք postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in brackets: write an IPv6 address as [::1] or [::1]:5432</source>
        <translation>«%1» արժեքը քառակուսի փակագծերում գրված հոստ չէ — IPv6 հասցեն գրեք [::1] կամ [::1]:5432 տեսքով</translation>
    </message>
    <message>
        <source>Several servers (&quot;%1&quot;) are not supported: name one host</source>
        <translation>Մի քանի սերվեր («%1») չի աջակցվում — նշեք մեկ հոստ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the connection parameter %2</source>
        <translation>«%1» արժեքը վավեր չէ %2 միացման պարամետրի համար</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot;</source>
        <translation>Անհայտ միացման պարամետր՝ «%1»</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>«%1» պորտը 1-ից 65535 միջակայքի թիվ չէ</translation>
    </message>
</context>
<context>
    <name>liaison::DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Delete ASCCA&quot;</extracomment>
        <translation>«%1» գրառման ջնջում</translation>
    </message>
</context>
<context>
    <name>liaison::DemoDatabase</name>
    <message>
        <source>demo records, %1: %2</source>
        <translation>ցուցադրական գրառումներ, %1՝ %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; names an unknown record &quot;%2&quot;</source>
        <translation>«%1» դաշտը նշում է անհայտ գրառում՝ «%2»</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;</source>
        <translation>անհայտ պանելային քննարկում՝ «%1»</translation>
    </message>
    <message>
        <source>the embedded demo records %1 are missing</source>
        <translation>ներկառուցված ցուցադրական գրառումները (%1) բացակայում են</translation>
    </message>
    <message>
        <source>the embedded demo records are not valid JSON at offset %1: %2</source>
        <translation>ներկառուցված ցուցադրական գրառումները վավեր JSON չեն %1 դիրքում՝ %2</translation>
    </message>
</context>
<context>
    <name>liaison::DetailPane</name>
    <message>
        <source>agency</source>
        <comment>kind of record</comment>
        <translation>գերատեսչություն</translation>
    </message>
    <message>
        <source>project or programme</source>
        <comment>kind of record</comment>
        <translation>նախագիծ կամ ծրագիր</translation>
    </message>
    <message>
        <source>event</source>
        <comment>kind of record</comment>
        <translation>միջոցառում</translation>
    </message>
    <message>
        <source>person</source>
        <comment>kind of record</comment>
        <translation>անձ</translation>
    </message>
    <message>
        <source>agreement</source>
        <comment>kind of record</comment>
        <translation>համաձայնագիր</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of record</comment>
        <translation>երկիր</translation>
    </message>
    <message>
        <source>source</source>
        <comment>kind of record</comment>
        <translation>աղբյուր</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>սկսած %1-ից</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>մինչև %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln մասնակից</numerusform>
            <numerusform>%Ln մասնակից</numerusform>
        </translation>
    </message>
    <message>
        <source>illustrative sample</source>
        <translation>հորինված օրինակ</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln countries</source>
        <translation>
            <numerusform>ավելի քան %Ln երկիր</numerusform>
            <numerusform>ավելի քան %Ln երկիր</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>party with partner</comment>
        <translation>%1 և %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>ստորագրված՝ %1</translation>
    </message>
    <message>
        <source>Illustrative sample — not a real record</source>
        <translation>Հորինված օրինակ — իրական գրառում չէ</translation>
    </message>
    <message>
        <source>This record was made up to make browsing and charts meaningful; no real source states it.</source>
        <translation>Այս գրառումը հորինված է՝ զննումն ու գծապատկերներն իմաստալից դարձնելու համար։ Ոչ մի իրական աղբյուր դա չի հաստատում։</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Գրառումների շտեմարան բացված չէ</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Հնարավոր չէ հաշվել գրառումները՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln գերատեսչություն</numerusform>
            <numerusform>%Ln գերատեսչություն</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln նախագիծ և ծրագիր</numerusform>
            <numerusform>%Ln նախագիծ և ծրագիր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln միջոցառում</numerusform>
            <numerusform>%Ln միջոցառում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln անձ</numerusform>
            <numerusform>%Ln անձ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln համաձայնագիր</numerusform>
            <numerusform>%Ln համաձայնագիր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants in training events recorded.</source>
        <translation>
            <numerusform>Ուսումնական միջոցառումներում գրանցված է %Ln մասնակից։</numerusform>
            <numerusform>Ուսումնական միջոցառումներում գրանցված է %Ln մասնակից։</numerusform>
        </translation>
    </message>
    <message>
        <source>published article</source>
        <translation>հրապարակված հոդված</translation>
    </message>
    <message>
        <source>official record</source>
        <translation>պաշտոնական փաստաթուղթ</translation>
    </message>
    <message>
        <source>illustrative sample, not a real record</source>
        <translation>հորինված օրինակ, ոչ իրական գրառում</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln գրառում</numerusform>
            <numerusform>%Ln գրառում</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Աղբյուրներ</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>Այս գրառումն այլևս գոյություն չունի</translation>
    </message>
    <message>
        <source>It may have been deleted, or another record base was opened.</source>
        <translation>Հնարավոր է՝ այն ջնջվել է, կամ բացվել է մեկ այլ գրառումների շտեմարան։</translation>
    </message>
    <message>
        <source>This record could not be read</source>
        <translation>Չհաջողվեց կարդալ այս գրառումը</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Մաս է կազմում</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Կայք</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Նկարագրություն</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Մասնակիցներ</translation>
    </message>
    <message>
        <source>Sub-agencies</source>
        <translation>Ենթակա գերատեսչություններ</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Նախագծեր և ծրագրեր</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Անձինք</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Համաձայնագրեր</translation>
    </message>
    <message>
        <source>Outside any project</source>
        <translation>Որևէ նախագծից դուրս</translation>
    </message>
    <message>
        <source>Participants by project</source>
        <translation>Մասնակիցներն ըստ նախագծերի</translation>
    </message>
    <message>
        <source>%1 in events of %2, as reported by %3</source>
        <translation>%2 միջոցառումներում՝ %1 (աղբյուր՝ %3)</translation>
    </message>
    <message>
        <source>Reported totals</source>
        <translation>Հաղորդված ընդհանուր թվեր</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ժամանակահատված</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, including the projects under it</source>
        <translation>
            <numerusform>%Ln մասնակից՝ ներառյալ ենթանախագծերը</numerusform>
            <numerusform>%Ln մասնակից՝ ներառյալ ենթանախագծերը</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects under it</source>
        <translation>Ենթանախագծեր</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Գերատեսչություններ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Միջոցառումներ</translation>
    </message>
    <message>
        <source>%1 of %2, as reported by %3</source>
        <translation>%2՝ %1 (աղբյուր՝ %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Կազմակերպիչ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Նախագիծ</translation>
    </message>
    <message>
        <source>Countries that attended</source>
        <translation>Մասնակից երկրներ</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Պանելային քննարկումներ</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>Մասնակից գերատեսչություններ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Անձ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Գերատեսչություն</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Պանելային քննարկում՝ %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Թեմա՝ %1</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Ելույթներ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Համաձայնագիր</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Գործընկեր</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ստորագրման ամսաթիվ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Կոդ</translation>
    </message>
    <message>
        <source>Events held here</source>
        <translation>Երկրում անցկացված միջոցառումներ</translation>
    </message>
    <message>
        <source>Events its delegations attended</source>
        <translation>Միջոցառումներ, որոնց մասնակցել են երկրի պատվիրակությունները</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Հրատարակիչ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Հրապարակման ամսաթիվ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Հասցե</translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>նախագծերում գերատեսչությունների %Ln դեր</numerusform>
            <numerusform>նախագծերում գերատեսչությունների %Ln դեր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries attending events</source>
        <translation>
            <numerusform>միջոցառումներին մասնակցած %Ln երկիր</numerusform>
            <numerusform>միջոցառումներին մասնակցած %Ln երկիր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln պանելային քննարկում</numerusform>
            <numerusform>%Ln պանելային քննարկում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln ելույթ</numerusform>
            <numerusform>%Ln ելույթ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation counts</source>
        <translation>
            <numerusform>%Ln մասնակցության գրառում</numerusform>
            <numerusform>%Ln մասնակցության գրառում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln հաղորդված ընդհանուր թիվ</numerusform>
            <numerusform>%Ln հաղորդված ընդհանուր թիվ</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Հղում են այս աղբյուրին</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Գրառումներ</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln records of %1 are listed.</source>
        <translation>
            <numerusform>Ցուցադրված են %1 գրառումներից առաջին %Ln-ը։</numerusform>
            <numerusform>Ցուցադրված են %1 գրառումներից առաջին %Ln-ը։</numerusform>
        </translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Գրառման մանրամասներ</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln are shown.</source>
        <translation>
            <numerusform>Ցուցադրված է առաջին %1-ը (ընդամենը՝ %Ln)։</numerusform>
            <numerusform>Ցուցադրված է առաջին %1-ը (ընդամենը՝ %Ln)։</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Ցուցադրել բոլորը</translation>
    </message>
</context>
<context>
    <name>liaison::EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>«%1» գրառման խմբագրում</translation>
    </message>
</context>
<context>
    <name>liaison::ImportDialog</name>
    <message>
        <source>Import Participation</source>
        <translation>Մասնակցության տվյալների ներմուծում</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Ներմուծել</translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation>&amp;Առաջին տողերը՝</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Խնդիրներ՝</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Ֆայլի առաջին տողերը</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Ֆայլում հայտնաբերված խնդիրներ</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Ներմուծվում է %1 ֆայլը…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Ներմուծումը չեղարկվեց — ոչինչ չի գրվել։</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problems in %1.</source>
        <translation>
            <numerusform>Ոչինչ չի ներմուծվել՝ %1 ֆայլում կա %n խնդիր։</numerusform>
            <numerusform>Ոչինչ չի ներմուծվել՝ %1 ֆայլում կա %n խնդիր։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>%1 ֆայլը հնարավոր չէ ներմուծել՝ %n խնդիր։ Քանի դեռ դրանք չեն ուղղվել, ոչինչ չի գրվի։</numerusform>
            <numerusform>%1 ֆայլը հնարավոր չէ ներմուծել՝ %n խնդիր։ Քանի դեռ դրանք չեն ուղղվել, ոչինչ չի գրվի։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</source>
        <translation>
            <numerusform>%1՝ ներմուծման պատրաստ է ուսումնական միջոցառումներին մասնակցության %Ln տող։ Ներմուծվում է կամ ամբողջ ֆայլը միանգամից, կամ ոչինչ։</numerusform>
            <numerusform>%1՝ ներմուծման պատրաստ է ուսումնական միջոցառումներին մասնակցության %Ln տող։ Ներմուծվում է կամ ամբողջ ֆայլը միանգամից, կամ ոչինչ։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>գաղտնաբառերի պահոցը ժամանակին չպատասխանեց</translation>
    </message>
    <message>
        <source>The system keychain could not read the password of %1: %2</source>
        <translation>Չհաջողվեց կարդալ գաղտնաբառը համակարգի գաղտնաբառերի պահոցից (%1)՝ %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1: %2</source>
        <translation>Չհաջողվեց պահպանել գաղտնաբառը համակարգի գաղտնաբառերի պահոցում (%1)՝ %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password of %1: %2</source>
        <translation>Չհաջողվեց հեռացնել գաղտնաբառը համակարգի գաղտնաբառերի պահոցից (%1)՝ %2</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison record bases (*.sqlite *.db);;All files (*)</source>
        <translation>Liaison-ի գրառումների շտեմարաններ (*.sqlite *.db);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Could not read the record base: %1</source>
        <translation>Չհաջողվեց կարդալ գրառումների շտեմարանը՝ %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Վերջերս բացվածները</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Խմբագրել</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Անցում</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Լեզու</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Ըստ համակարգի</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <source>&amp;New Record Base…</source>
        <translation>&amp;Ստեղծել գրառումների շտեմարան…</translation>
    </message>
    <message>
        <source>Create an empty record base</source>
        <translation>Ստեղծել դատարկ գրառումների շտեմարան</translation>
    </message>
    <message>
        <source>&amp;Open Record Base…</source>
        <translation>&amp;Բացել գրառումների շտեմարան…</translation>
    </message>
    <message>
        <source>Open another record base</source>
        <translation>Բացել մեկ այլ գրառումների շտեմարան</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ելք</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Որոնել…</translation>
    </message>
    <message>
        <source>Search the record base</source>
        <translation>Որոնել գրառումների շտեմարանում</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Հետ</translation>
    </message>
    <message>
        <source>Back to the previous record</source>
        <translation>Վերադառնալ նախորդ գրառմանը</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Առաջ</translation>
    </message>
    <message>
        <source>Forward to the next record</source>
        <translation>Անցնել հաջորդ գրառմանը</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Գլխավոր</translation>
    </message>
    <message>
        <source>The record base overview</source>
        <translation>Գրառումների շտեմարանի ընդհանուր պատկերը</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Նավարկում</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Գործիքագոտի</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Վիճակի գոտի</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Ամբողջ էկրանով</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Liaison-ի &amp;մասին</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt-ի մասին</translation>
    </message>
    <message>
        <source>Search records (Ctrl+F)</source>
        <translation>Որոնել գրառումներ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Գրառումների որոնում</translation>
    </message>
    <message>
        <source>Agencies and projects</source>
        <translation>Գերատեսչություններ և նախագծեր</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Որոնման արդյունքներ</translation>
    </message>
    <message>
        <source>Record browser</source>
        <translation>Գրառումների դիտարկիչ</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The demo record base could not be created.

%1</source>
        <translation>Չհաջողվեց ստեղծել ցուցադրական գրառումների շտեմարանը։

%1</translation>
    </message>
    <message>
        <source>The record base could not be opened.

%1</source>
        <translation>Չհաջողվեց բացել գրառումների շտեմարանը։

%1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Record Base</source>
        <translation>Բացել գրառումների շտեմարան</translation>
    </message>
    <message>
        <source>No recent record bases</source>
        <translation>Վերջերս բացված գրառումների շտեմարաններ չկան</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Գրառումների շտեմարան բացված չէ</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Հնարավոր չէ հաշվել գրառումները՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n գերատեսչություն</numerusform>
            <numerusform>%n գերատեսչություն</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects and programmes</source>
        <translation>
            <numerusform>%n նախագիծ և ծրագիր</numerusform>
            <numerusform>%n նախագիծ և ծրագիր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n միջոցառում</numerusform>
            <numerusform>%n միջոցառում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n անձ</numerusform>
            <numerusform>%n անձ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n համաձայնագիր</numerusform>
            <numerusform>%n համաձայնագիր</numerusform>
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
        <translation>Որոնումը ձախողվեց՝ %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: title · context</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No records match &quot;%1&quot;</source>
        <translation>«%1» հարցմանը համապատասխանող գրառումներ չկան</translation>
    </message>
    <message numerus="yes">
        <source>%n records found</source>
        <translation>
            <numerusform>Գտնվել է %n գրառում</numerusform>
            <numerusform>Գտնվել է %n գրառում</numerusform>
        </translation>
    </message>
    <message>
        <source>New Record Base</source>
        <translation>Ստեղծել գրառումների շտեմարան</translation>
    </message>
    <message>
        <source>The record base could not be created.

%1</source>
        <translation>Չհաջողվեց ստեղծել գրառումների շտեմարանը։

%1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaison-ի մասին</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Արտահանել գծապատկերը…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG or PDF</source>
        <translation>Պահպանել գծապատկերը PNG, JPEG, SVG կամ PDF ձևաչափով</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Պատճենել &amp;գծապատկերը</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Պատճենել գծապատկերը սեղմատախտակին որպես պատկեր</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Գծապատկեր</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>Գ&amp;ծապատկեր</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Բոլոր գրառումները</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Արտահանելու գծապատկեր չկա։</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG պատկեր (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG պատկեր (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG վեկտորային պատկեր (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF փաստաթուղթ (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Գծապատկերի արտահանում</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Գծապատկերը պահպանվեց՝ %1</translation>
    </message>
    <message>
        <source>There is no chart to copy.</source>
        <translation>Պատճենելու գծապատկեր չկա։</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Գծապատկերը պատճենվեց սեղմատախտակին</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln միջոցառում</numerusform>
            <numerusform>%Ln միջոցառում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation records</source>
        <translation>
            <numerusform>%Ln մասնակցության գրառում</numerusform>
            <numerusform>%Ln մասնակցության գրառում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>նախագծերում գերատեսչությունների %Ln դեր</numerusform>
            <numerusform>նախագծերում գերատեսչությունների %Ln դեր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln պանելային քննարկում</numerusform>
            <numerusform>%Ln պանելային քննարկում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln ելույթ</numerusform>
            <numerusform>%Ln ելույթ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attending countries</source>
        <translation>
            <numerusform>%Ln մասնակից երկիր</numerusform>
            <numerusform>%Ln մասնակից երկիր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln հաղորդված ընդհանուր թիվ</numerusform>
            <numerusform>%Ln հաղորդված ընդհանուր թիվ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln անձ</numerusform>
            <numerusform>%Ln անձ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln գերատեսչություն</numerusform>
            <numerusform>%Ln գերատեսչություն</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln նախագիծ և ծրագիր</numerusform>
            <numerusform>%Ln նախագիծ և ծրագիր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln համաձայնագիր</numerusform>
            <numerusform>%Ln համաձայնագիր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records</source>
        <translation>
            <numerusform>%Ln այլ գրառում</numerusform>
            <numerusform>%Ln այլ գրառում</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Participation…</source>
        <translation>&amp;Ներմուծել մասնակցության տվյալներ…</translation>
    </message>
    <message>
        <source>Import training participation from a CSV file</source>
        <translation>Ներմուծել ուսումնական միջոցառումներին մասնակցության տվյալներ CSV ֆայլից</translation>
    </message>
    <message>
        <source>Export &amp;Records…</source>
        <translation>Արտահանել &amp;գրառումները…</translation>
    </message>
    <message>
        <source>Save the records as JSON, or the participation as CSV</source>
        <translation>Պահպանել գրառումները JSON ձևաչափով կամ մասնակցության տվյալները՝ CSV ձևաչափով</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;Նոր գրառում</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>new record of a kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Խմբագրել գրառումը…</translation>
    </message>
    <message>
        <source>Change the fields of the record shown</source>
        <translation>Փոխել ցուցադրված գրառման դաշտերը</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Ջնջել գրառումը…</translation>
    </message>
    <message>
        <source>Delete the record shown, after asking</source>
        <translation>Ջնջել ցուցադրված գրառումը՝ նախապես հաստատում խնդրելով</translation>
    </message>
    <message>
        <source>Import Participation</source>
        <translation>Մասնակցության տվյալների ներմուծում</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ֆայլեր (*.csv);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows from %1.</source>
        <translation>
            <numerusform>%1 ֆայլից ներմուծվեց %Ln տող։</numerusform>
            <numerusform>%1 ֆայլից ներմուծվեց %Ln տող։</numerusform>
        </translation>
    </message>
    <message>
        <source>Training participation, CSV (*.csv)</source>
        <translation>Ուսումնական միջոցառումներին մասնակցություն, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every record, JSON (*.json)</source>
        <translation>Բոլոր գրառումները, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Գրառումների արտահանում</translation>
    </message>
    <message>
        <source>Records saved as %1</source>
        <translation>Գրառումները պահպանվեցին՝ %1</translation>
    </message>
    <message>
        <source>New Record</source>
        <translation>Նոր գրառում</translation>
    </message>
    <message>
        <source>Select a record to edit.</source>
        <translation>Ընտրեք գրառումը, որը պետք է խմբագրել։</translation>
    </message>
    <message>
        <source>Edit Record</source>
        <translation>Գրառման խմբագրում</translation>
    </message>
    <message>
        <source>Select a record to delete.</source>
        <translation>Ընտրեք գրառումը, որը պետք է ջնջել։</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Ջնջե՞լ «%1» գրառումը</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>«%1» գրառումը ջնջելիս կհեռացվեն նաև՝ %2։</translation>
    </message>
    <message>
        <source>These will no longer refer to it: %1.</source>
        <translation>Այս գրառմանն այլևս հղում չեն անի՝ %1։</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Այս գործողությունը կարող եք հետարկել՝ Խմբագրել → Հետարկել։</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Գրառման ջնջում</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Հետարկել՝ %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Կրկնել՝ %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>The record base could not be opened.</source>
        <translation>Չհաջողվեց բացել գրառումների շտեմարանը։</translation>
    </message>
    <message>
        <source>There is no record base at %1.</source>
        <translation>%1 ուղով գրառումների շտեմարան չկա։</translation>
    </message>
    <message>
        <source>Create an empty record base there?</source>
        <translation>Ստեղծե՞լ այնտեղ դատարկ գրառումների շտեմարան</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Ստեղծել</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Բացել ուրիշը…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>Ստեղծել &amp;նորը…</translation>
    </message>
    <message>
        <source>Read-only: %1 Records can be browsed, charted and exported, but not edited or imported.</source>
        <translation>Միայն կարդալու համար՝ %1 Գրառումները կարելի է դիտել, ներկայացնել գծապատկերներով և արտահանել, բայց ոչ խմբագրել կամ ներմուծել։</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Browse international cooperation records: agencies, projects and programmes, events, and training participation.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo records.&lt;/b&gt; The facts come from the article “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. The demo also holds an illustrative sample, marked as such, that is not a real record. Country names: ISO 3166-1, from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Միջազգային համագործակցության գրառումների դիտարկում՝ գերատեսչություններ, նախագծեր և ծրագրեր, միջոցառումներ և ուսումնական միջոցառումներին մասնակցություն։&lt;/p&gt;&lt;p&gt;Արտոնագիր՝ GNU General Public License, տարբերակ 3 կամ ավելի նոր։&lt;br&gt;Ստեղծված է Qt %2-ի հիմքով (աշխատում է Qt %3-ով)։&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ցուցադրական գրառումներ։&lt;/b&gt; Փաստերը վերցված են «The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union» հոդվածից։ Ցուցադրական գրառումներում կա նաև հորինված օրինակ, որը նշված է որպես այդպիսին և իրական գրառում չէ։ Երկրների անվանումները՝ ISO 3166-1, Debian-ի iso-codes փաթեթից։&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Միանալ սերվերին…</translation>
    </message>
    <message>
        <source>Open a record base on a PostgreSQL server</source>
        <translation>Բացել գրառումների շտեմարան PostgreSQL սերվերում</translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation>Ստուգվում է՝ արդյոք %1 շտեմարանը վնասված չէ…</translation>
    </message>
</context>
<context>
    <name>liaison::ParticipationImport</name>
    <message>
        <source>no file to import was given</source>
        <translation>ներմուծելու ֆայլ նշված չէ</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>այդպիսի ֆայլ չկա</translation>
    </message>
    <message>
        <source>a folder, not a CSV file</source>
        <translation>սա պանակ է, ոչ թե CSV ֆայլ</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>հնարավոր չէ կարդալ ֆայլը՝ %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns and then one line per event and agency</source>
        <translation>ֆայլը դատարկ է — անհրաժեշտ է սյունակները անվանող վերնագրի տող, ապա մեկական տող յուրաքանչյուր միջոցառման և գերատեսչության համար</translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation>ֆայլն ունի վերնագրի տող, բայց ներմուծելու տողեր չունի</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>վերնագրի թիվ %1 սյունակը անվանում չունի</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are: %2</source>
        <translation>անհայտ սյունակ %1 — թույլատրելի սյունակներն են՝ %2</translation>
    </message>
    <message>
        <source>unknown column %1 (did you mean %2?); the columns are: %3</source>
        <translation>անհայտ սյունակ %1 (նկատի ունեի՞ք %2) — թույլատրելի սյունակներն են՝ %3</translation>
    </message>
    <message>
        <source>column %1 appears twice (columns %2 and %3)</source>
        <translation>%1 սյունակը կրկնվում է (թիվ %2 և %3 սյունակներ)</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>պարտադիր %1 սյունակը բացակայում է</translation>
    </message>
    <message>
        <source>cannot read the record base %1: %2</source>
        <translation>հնարավոր չէ կարդալ %1 գրառումների շտեմարանը՝ %2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (is a field with a delimiter not in quotes?)</source>
        <translation>տողում կա %1 դաշտ, իսկ վերնագրում՝ %2 (գուցե բաժանիչ պարունակող որևէ դաշտ չակերտների մեջ չի՞ առնված)</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>դատարկ է, բայց պարտադիր է</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 արժեքը թույլատրելի արժեքներից չէ (%2)</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 արժեքը YYYY-MM-DD տեսքի ամսաթիվ չէ</translation>
    </message>
    <message>
        <source>%1 is before the start_date %2</source>
        <translation>%1 ամսաթիվն ավելի վաղ է, քան start_date սյունակի %2 ամսաթիվը</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 արժեքը ISO 3166-1 alpha-2 երկրի կոդ չէ</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 արժեքը 0 կամ ավելի մեծ ամբողջ թիվ չէ</translation>
    </message>
    <message>
        <source>%1 is the name of several projects in the record base; give the acronym</source>
        <translation>գրառումների շտեմարանում մի քանի նախագիծ ունի %1 անվանումը — նշեք հապավումը</translation>
    </message>
    <message>
        <source>%1 is the name of several agencies in the record base; give the acronym</source>
        <translation>գրառումների շտեմարանում մի քանի գերատեսչություն ունի %1 անվանումը — նշեք հապավումը</translation>
    </message>
    <message>
        <source>none</source>
        <translation>չկա</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the new agency %3 on line %4</source>
        <translation>%1 արժեքը տարբերվում է նոր %3 գերատեսչության համար %4 տողում նշված %2 արժեքից</translation>
    </message>
    <message>
        <source>%1 differs from the country of %2 in the record base (%3)</source>
        <translation>%1 արժեքը տարբերվում է գրառումների շտեմարանում %2 գերատեսչության երկրից (%3)</translation>
    </message>
    <message>
        <source>several events of %1 named %2 start on %3 in the record base; the import cannot tell which one</source>
        <translation>գրառումների շտեմարանում %1 նախագծի %2 անվանմամբ մի քանի միջոցառում սկսվում է նույն օրը՝ %3 — ներմուծումը չի կարող որոշել, թե դրանցից որն է նկատի առնված</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the same event on line %3</source>
        <translation>%1 արժեքը տարբերվում է նույն միջոցառման համար %3 տողում նշված %2 արժեքից</translation>
    </message>
    <message>
        <source>%1 differs from the event&apos;s %2 in the record base (%3); the import does not change events</source>
        <translation>%1 արժեքը տարբերվում է գրառումների շտեմարանում միջոցառման %2 արժեքից (%3) — ներմուծումը միջոցառումները չի փոփոխում</translation>
    </message>
    <message>
        <source>%1 is not an agency of the record base or of this file</source>
        <translation>%1 գերատեսչություն չկա ո՛չ գրառումների շտեմարանում, ո՛չ էլ այս ֆայլում</translation>
    </message>
    <message>
        <source>the event %1 (%2, %3) and the agency %4 are already on line %5; give each participation once</source>
        <translation>%1 միջոցառումը (%2, %3) և %4 գերատեսչությունն արդեն նշված են %5 տողում — յուրաքանչյուր մասնակցություն նշեք միայն մեկ անգամ</translation>
    </message>
    <message>
        <source>%1 is not in the record base; to create it, give its agency_country</source>
        <translation>%1 գերատեսչությունը գրառումների շտեմարանում չկա — այն ստեղծելու համար նշեք դրա agency_country արժեքը</translation>
    </message>
    <message>
        <source>empty, but the event %1 is not in the record base and a new event needs a kind: %2</source>
        <translation>դատարկ է, բայց %1 միջոցառումը գրառումների շտեմարանում չկա, իսկ նոր միջոցառման համար անհրաժեշտ է տեսակ՝ %2</translation>
    </message>
    <message>
        <source>the event %1 is not in the record base and a new event needs a kind: add an event_kind column (%2)</source>
        <translation>%1 միջոցառումը գրառումների շտեմարանում չկա, իսկ նոր միջոցառման համար անհրաժեշտ է տեսակ — ավելացրեք event_kind սյունակ (%2)</translation>
    </message>
    <message>
        <source>cannot write to the record base %1: %2</source>
        <translation>հնարավոր չէ գրել %1 գրառումների շտեմարանում՝ %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>%1 ֆայլի ներմուծում</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed.</source>
        <translation>
            <numerusform>Եվս %n խնդիր նշված չէ։</numerusform>
            <numerusform>Եվս %n խնդիր նշված չէ։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::PgPassFile</name>
    <message>
        <source>The password file &quot;%1&quot; is ignored: it is not a plain file</source>
        <translation>«%1» գաղտնաբառերի ֆայլն անտեսվում է՝ այն սովորական ֆայլ չէ</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is ignored: its group or others may read it; its permissions should be u=rw (0600) or less</source>
        <translation>«%1» գաղտնաբառերի ֆայլն անտեսվում է՝ այն կարող են կարդալ խմբի անդամները կամ այլ օգտատերեր — դրա թույլտվությունները պետք է լինեն u=rw (0600) կամ ավելի սահմանափակ</translation>
    </message>
</context>
<context>
    <name>liaison::RecordBaseCopy</name>
    <message>
        <source>%1 has no column %2 to copy into.</source>
        <translation>%1՝ բացակայում է %2 սյունակը, որի մեջ պետք է պատճենել։</translation>
    </message>
    <message>
        <source>%1 already holds records; nothing was copied.</source>
        <translation>%1 շտեմարանն արդեն գրառումներ է պարունակում — ոչինչ չի պատճենվել։</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Liaison cannot copy: %2.</source>
        <translation>%1 շտեմարանը պարունակում է աղյուսակներ, որոնք Liaison-ի այս թողարկումը չի կարող պատճենել՝ %2։</translation>
    </message>
    <message>
        <source>The summary of %1 differs in the copy: %2.</source>
        <translation>Ամփոփումը (%1) պատճենում տարբերվում է՝ %2։</translation>
    </message>
    <message>
        <source>The search index holds %1 rows in %2 but %3 in the copy.</source>
        <translation>Որոնման ինդեքսը %2 շտեմարանում պարունակում է %1 տող, իսկ պատճենում՝ %3։</translation>
    </message>
</context>
<context>
    <name>liaison::RecordCommand</name>
    <message>
        <source>The record base refused the change.</source>
        <translation>Գրառումների շտեմարանը մերժեց փոփոխությունը։</translation>
    </message>
</context>
<context>
    <name>liaison::RecordEditor</name>
    <message>
        <source>the table %1 has a foreign key of several columns, which deleting records does not support</source>
        <translation>%1 աղյուսակն ունի մի քանի սյունակից բաղկացած արտաքին բանալի, որը գրառումների ջնջման ժամանակ չի աջակցվում</translation>
    </message>
    <message>
        <source>Countries are a fixed list and cannot be edited.</source>
        <translation>Երկրների ցանկը հաստատուն է և չի կարող խմբագրվել։</translation>
    </message>
    <message>
        <source>Records of this kind cannot be edited.</source>
        <translation>Այս տեսակի գրառումները հնարավոր չէ խմբագրել։</translation>
    </message>
    <message>
        <source>There is no field “%1” in this kind of record.</source>
        <translation>Այս տեսակի գրառման մեջ «%1» դաշտ չկա։</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>«%1» դաշտը պարտադիր է։</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by %3 (%4).</source>
        <translation>%1՝ «%2» արժեքն արդեն օգտագործվում է այլ գրառման մեջ՝ %3 (%4)։</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1՝ «%2» արժեքը ամսաթիվ չէ — գրեք այն YYYY, YYYY-MM կամ YYYY-MM-DD տեսքով։</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more; “%2” is not.</source>
        <translation>%1՝ արժեքը պետք է լինի 0 կամ ավելի մեծ ամբողջ թիվ, իսկ «%2» արժեքն այդպիսին չէ։</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1՝ «%2» արժեքը թույլատրելի տարբերակներից չէ։</translation>
    </message>
    <message>
        <source>%1: there is no country with the code “%2”.</source>
        <translation>%1՝ «%2» կոդով երկիր չկա։</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record id.</source>
        <translation>%1՝ «%2» արժեքը գրառման նույնացուցիչ չէ։</translation>
    </message>
    <message>
        <source>%1: there is no agency with the id %2.</source>
        <translation>%1՝ %2 նույնացուցիչով գերատեսչություն չկա։</translation>
    </message>
    <message>
        <source>%1: there is no programme or project with the id %2.</source>
        <translation>%1՝ %2 նույնացուցիչով ծրագիր կամ նախագիծ չկա։</translation>
    </message>
    <message>
        <source>%1: there is no source with the id %2.</source>
        <translation>%1՝ %2 նույնացուցիչով աղբյուր չկա։</translation>
    </message>
    <message>
        <source>%1: there is no record with the id %2.</source>
        <translation>%1՝ %2 նույնացուցիչով գրառում չկա։</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://; “%2” is not.</source>
        <translation>%1՝ արժեքը պետք է լինի http:// կամ https:// նախածանցով սկսվող վեբ հասցե, իսկ «%2» արժեքն այդպիսին չէ։</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2.</source>
        <translation>Ավարտի ամսաթիվը (%1) ավելի վաղ է, քան սկզբի ամսաթիվը (%2)։</translation>
    </message>
    <message>
        <source>End date %1 is less precise than the start date %2 in the same period: give the end date at least as precisely.</source>
        <translation>Ավարտի ամսաթիվը (%1) նույն ժամանակահատվածում նշված է ավելի քիչ ճշգրտությամբ, քան սկզբի ամսաթիվը (%2) — նշեք ավարտի ամսաթիվը առնվազն նույն ճշգրտությամբ։</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>Գերատեսչությունը չի կարող ինքն իրեն վերադաս լինել։</translation>
    </message>
    <message>
        <source>A programme or project cannot be its own parent.</source>
        <translation>Ծրագիրը կամ նախագիծը չի կարող ինքն իրեն վերադաս լինել։</translation>
    </message>
    <message>
        <source>%1 is under this agency: as its parent it would make a cycle.</source>
        <translation>%1 գերատեսչությունը ենթակա է այս գերատեսչությանը — այն որպես վերադաս նշելը ցիկլ կառաջացնի։</translation>
    </message>
    <message>
        <source>%1 is under this programme or project: as its parent it would make a cycle.</source>
        <translation>%1 գրառումը ներառված է այս ծրագրի կամ նախագծի մեջ — այն որպես վերադաս նշելը ցիկլ կառաջացնի։</translation>
    </message>
    <message>
        <source>An international organisation has no country: leave %1 empty.</source>
        <translation>Միջազգային կազմակերպությունը երկիր չունի — «%1» դաշտը թողեք դատարկ։</translation>
    </message>
    <message>
        <source>An agency of kind “%1” needs a country.</source>
        <translation>«%1» տեսակի գերատեսչության համար անհրաժեշտ է նշել երկիրը։</translation>
    </message>
    <message>
        <source>An agreement needs an agency or a country as its party.</source>
        <translation>Համաձայնագրի համար անհրաժեշտ է նշել կողմը՝ գերատեսչություն կամ երկիր։</translation>
    </message>
    <message>
        <source>Give the partner country, or the number of partner countries.</source>
        <translation>Նշեք գործընկեր երկիրը կամ գործընկեր երկրների թիվը։</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 արժեքը գրառման նույնացուցիչ չէ։</translation>
    </message>
    <message>
        <source>There is already a record of this kind with the id %1.</source>
        <translation>Այս տեսակի %1 նույնացուցիչով գրառում արդեն գոյություն ունի։</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Գրառում չկա՝ %1։</translation>
    </message>
    <message numerus="yes">
        <source>The source “%1” is cited by %n record(s); give them another source before deleting it.</source>
        <translation>
            <numerusform>«%1» աղբյուրին հղում է %n գրառում — այն ջնջելուց առաջ դրանց համար նշեք այլ աղբյուր։</numerusform>
            <numerusform>«%1» աղբյուրին հղում է %n գրառում — այն ջնջելուց առաջ դրանց համար նշեք այլ աղբյուր։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) still refer to this record, so it cannot be deleted.</source>
        <translation>
            <numerusform>Այս գրառմանը դեռ հղում է %n այլ գրառում, ուստի այն հնարավոր չէ ջնջել։</numerusform>
            <numerusform>Այս գրառմանը դեռ հղում է %n այլ գրառում, ուստի այն հնարավոր չէ ջնջել։</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1 changed other rows than expected, so nothing was deleted</source>
        <translation>%1 գրառման ջնջումը փոփոխեց սպասվածից տարբեր տողեր, ուստի ոչինչ չջնջվեց</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Վերականգնելու ոչինչ չկա։</translation>
    </message>
    <message>
        <source>The snapshot of %1 does not fit this record base.</source>
        <translation>%1 գրառման պահպանված պատկերը չի համապատասխանում այս գրառումների շտեմարանին։</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>«%1» գրառումը փոփոխվել է մեկ այլ օգտատիրոջ կողմից այն բացելուց հետո, ուստի ձեր փոփոխությունները չեն պահպանվել։</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <translation>%1 — այլ օգտատիրոջ արժեքը՝ «%2», ձերը՝ «%3»</translation>
    </message>
</context>
<context>
    <name>liaison::RecordExport</name>
    <message>
        <source>%1 at events without a project</source>
        <translation>առանց նախագծի միջոցառումներում՝ %1</translation>
    </message>
    <message>
        <source>%1 at events without a start date of year, month and day</source>
        <translation>տարի, ամիս և օր պարունակող սկզբի ամսաթիվ չունեցող միջոցառումներում՝ %1</translation>
    </message>
    <message>
        <source>%1 at events whose title is only spaces</source>
        <translation>միայն բացատներից բաղկացած վերնագրով միջոցառումներում՝ %1</translation>
    </message>
    <message>
        <source>%1 of agencies whose name is only spaces</source>
        <translation>միայն բացատներից բաղկացած անվանումով գերատեսչությունների՝ %1</translation>
    </message>
    <message>
        <source>%1 of agencies without a country</source>
        <translation>առանց երկրի գերատեսչությունների՝ %1</translation>
    </message>
    <message>
        <source>%1 at events sharing project, title and start date with another</source>
        <translation>մեկ այլ միջոցառման հետ նույն նախագիծը, վերնագիրը և սկզբի ամսաթիվն ունեցող միջոցառումներում՝ %1</translation>
    </message>
    <message>
        <source>%1 of agencies sharing their acronym or name with another agency of the event or of another country</source>
        <translation>միջոցառման մեկ այլ գերատեսչության կամ այլ երկրի գերատեսչության հետ նույն հապավումը կամ անվանումն ունեցող գերատեսչությունների՝ %1</translation>
    </message>
    <message>
        <source>Left out %1 of %2 participation records (%3 participants), which the import format cannot hold: %4.</source>
        <translation>Մասնակցության %2 գրառումից %1-ը (%3 մասնակից) բաց է թողնվել, քանի որ ներմուծման ձևաչափը դրանք չի կարող պարունակել՝ %4։</translation>
    </message>
    <message>
        <source>Left the organiser empty at %1 events: it takes part in none of the file&apos;s rows, so an import could not create it.</source>
        <translation>%1 միջոցառման կազմակերպիչը թողնվել է դատարկ — այն ֆայլի ոչ մի տողում չի մասնակցում, ուստի ներմուծումը չէր կարող այն ստեղծել։</translation>
    </message>
    <message>
        <source>Left the end date empty at %1 events: it is only a year or a month.</source>
        <translation>%1 միջոցառման ավարտի ամսաթիվը թողնվել է դատարկ — այն նշված է միայն տարով կամ ամսով։</translation>
    </message>
    <message>
        <source>Cannot write %1: the record base is not open.</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլը՝ գրառումների շտեմարանը բացված չէ։</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլը՝ %2</translation>
    </message>
    <message>
        <source>Cannot write %1: reading %2 from %3 failed: %4</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլը — չհաջողվեց կարդալ %2 աղյուսակը %3 գրառումների շտեմարանից՝ %4</translation>
    </message>
    <message>
        <source>Cannot write %1: reading the participation from %2 failed: %3</source>
        <translation>Հնարավոր չէ գրել %1 ֆայլը — չհաջողվեց կարդալ մասնակցության տվյալները %2 գրառումների շտեմարանից՝ %3</translation>
    </message>
</context>
<context>
    <name>liaison::RecordFormDialog</name>
    <message>
        <source>Not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Ամսաթիվ չէ — գրեք YYYY, YYYY-MM կամ YYYY-MM-DD տեսքով</translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation>Խնդիր «%1» դաշտում՝ %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Պարտադիր դաշտ</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>The title of the form for a new record; %1 is the kind: &quot;New Agency&quot;</extracomment>
        <translation>Նոր գրառում՝ %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>The title of the form for a record; %1 is its acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>«%1» գրառման խմբագրում</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>The label of a required field in a form</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>How to write a date in a form; keep the letters Y, M and D as they are</extracomment>
        <translation>YYYY, YYYY-MM կամ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown in a number field left empty</extracomment>
        <translation>չկա</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>* նշանով դաշտերը պարտադիր են։</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Ստեղծել</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
</context>
<context>
    <name>liaison::RecordKey</name>
    <message>
        <source>&quot;%1&quot; is not a record: write KIND:KEY (agency, project or event, then an acronym, a name or an id) or &quot;all&quot;</source>
        <translation>«%1» արժեքը գրառում չի նշում — գրեք KIND:KEY (KIND-ը՝ agency, project կամ event, KEY-ը՝ հապավում, անվանում կամ նույնացուցիչ) կամ «all»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record: use agency, project or event</source>
        <translation>«%1» արժեքը գրառման տեսակ չէ — օգտագործեք agency, project կամ event</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no record after the colon</source>
        <translation>«%1» արժեքում երկու կետից հետո գրառում նշված չէ</translation>
    </message>
</context>
<context>
    <name>liaison::RecordSchema</name>
    <message>
        <source>Name</source>
        <translation>Անվանում</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Հապավում</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>Parent programme or project</source>
        <translation>Վերադաս ծրագիր կամ նախագիծ</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Վերադաս գերատեսչություն</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Կայք</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Նկարագրություն</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Սկզբի ամսաթիվ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ավարտի ամսաթիվ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Կազմակերպիչ</translation>
    </message>
    <message>
        <source>Project or programme</source>
        <translation>Նախագիծ կամ ծրագիր</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Անուն, ազգանուն</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Գերատեսչություն</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Գործընկեր երկիր</translation>
    </message>
    <message>
        <source>Partner countries (more than)</source>
        <translation>Գործընկեր երկրներ (ավելի քան)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Առարկա</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ստորագրման ամսաթիվ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Հրատարակիչ</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Վեբ հասցե</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Հրապարակման ամսաթիվ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Միջոցառում</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Անձ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Համաձայնագիր</translation>
    </message>
</context>
<context>
    <name>liaison::RecordStore</name>
    <message>
        <source>All records</source>
        <translation>Բոլոր գրառումները</translation>
    </message>
    <message>
        <source>No %1 &quot;%2&quot; in %3.</source>
        <translation>%3 ֆայլում չկա %1 տեսակի «%2» գրառում։</translation>
    </message>
    <message>
        <source>Several records of kind %1 are named &quot;%2&quot;; use the id instead.</source>
        <translation>%1 տեսակի մի քանի գրառում ունի «%2» անվանումը — օգտագործեք նույնացուցիչը։</translation>
    </message>
</context>
<context>
    <name>liaison::RecordTreeModel</name>
    <message>
        <source>Agencies</source>
        <translation>Գերատեսչություններ</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Նախագծեր և ծրագրեր</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Միջազգային կազմակերպություններ</translation>
    </message>
    <message>
        <source>EU agencies and bodies</source>
        <translation>ԵՄ գործակալություններ և մարմիններ</translation>
    </message>
    <message>
        <source>Events outside projects</source>
        <translation>Նախագծերից դուրս միջոցառումներ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>acronym — full name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n մասնակից</numerusform>
            <numerusform>%n մասնակից</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Անվանում</translation>
    </message>
    <message>
        <source>Role or date</source>
        <translation>Դեր կամ ամսաթիվ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Մասնակիցներ</translation>
    </message>
</context>
<context>
    <name>liaison::SearchIndex</name>
    <message>
        <source>%1 has no search index yet; opening it for writing adds one.</source>
        <translation>%1 ֆայլը դեռ որոնման ինդեքս չունի — այն կավելացվի, երբ ֆայլը բացվի գրելու համար։</translation>
    </message>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>Հնարավոր չէ որոնել %1 ֆայլում՝ %2</translation>
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
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>Every shortcut of the window, as its menus and actions define them.</source>
        <translation>Պատուհանի բոլոր դյուրանցումները՝ այնպես, ինչպես սահմանված են դրա ընտրացանկերում և գործողություններում։</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Ընտրացանկ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Գործողություն</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ստեղներ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Պատուհան</translation>
    </message>
</context>
<context>
    <name>liaison::Vocabulary</name>
    <message>
        <source>funding</source>
        <comment>role of an agency in a project</comment>
        <translation>ֆինանսավորող</translation>
    </message>
    <message>
        <source>accountable</source>
        <comment>role of an agency in a project</comment>
        <translation>պատասխանատու</translation>
    </message>
    <message>
        <source>implementing</source>
        <comment>role of an agency in a project</comment>
        <translation>իրականացնող</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>role of an agency in a project</comment>
        <translation>գործընկեր</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <comment>role of an agency in a project</comment>
        <translation>շահառու</translation>
    </message>
    <message>
        <source>member</source>
        <comment>role of an agency in a project</comment>
        <translation>անդամ</translation>
    </message>
    <message>
        <source>National agency</source>
        <translation>Ազգային գերատեսչություն</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Նախարարություն</translation>
    </message>
    <message>
        <source>Academy or training institution</source>
        <translation>Ակադեմիա կամ ուսումնական հաստատություն</translation>
    </message>
    <message>
        <source>EU agency</source>
        <translation>ԵՄ գործակալություն</translation>
    </message>
    <message>
        <source>EU body</source>
        <translation>ԵՄ մարմին</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Միջազգային կազմակերպություն</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Ծրագիր</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Նախագիծ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Հարթակ</translation>
    </message>
    <message>
        <source>Information-exchange network or system</source>
        <translation>Տեղեկատվության փոխանակման ցանց կամ համակարգ</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Սեմինար</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Դասընթաց</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Առցանց սեմինար</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Վերապատրաստում</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Համաժողով</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Հանդիպում</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Ուսումնական մոդուլ</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>project status</comment>
        <translation>պլանավորված</translation>
    </message>
    <message>
        <source>active</source>
        <comment>project status</comment>
        <translation>ընթացիկ</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>project status</comment>
        <translation>ավարտված</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>project status</comment>
        <translation>չեղարկված</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>project status</comment>
        <translation>կասեցված</translation>
    </message>
    <message>
        <source>Published article</source>
        <translation>Հրապարակված հոդված</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Պաշտոնական փաստաթուղթ</translation>
    </message>
    <message>
        <source>Illustrative sample</source>
        <translation>Հորինված օրինակ</translation>
    </message>
</context>
</TS>
