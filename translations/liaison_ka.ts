<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka_GE">
<context>
    <name>liaison::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>იტვირთება…</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportCommand</name>
    <message>
        <source>--chart: unknown chart &quot;%1&quot;; use %2.</source>
        <translation>--chart: უცნობი დიაგრამა „%1“; გამოიყენეთ %2.</translation>
    </message>
    <message>
        <source>--output: unknown image format &quot;%1&quot; in %2; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>--output: გამოსახულების უცნობი ფორმატი „%1“ (%2); გამოიყენეთ .png, .jpg, .jpeg, .svg ან .pdf.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size; write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size: „%1“ ზომა არ არის; მიუთითეთ სიგანეxსიმაღლე, მაგ. 1920x1080.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>ყველა ჩანაწერი</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 × %4).</source>
        <translation>ჩაიწერა ფაილი %1 (%2, %3 × %4).</translation>
    </message>
    <message>
        <source>note: no training participation is recorded for %1.</source>
        <translation>შენიშვნა: ტრენინგებში მონაწილეობა აღრიცხული არ არის (%1).</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportDialog</name>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>გამოსახულების ზომა იქნება %1 × %2 პიქსელი.</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>გამოსახულების ზომა</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;ზომა:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;სიგანე:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>სი&amp;მაღლე:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>მას&amp;შტაბი:</translation>
    </message>
    <message>
        <source>As shown (%1 × %2)</source>
        <translation>როგორც ეკრანზეა (%1 × %2)</translation>
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
        <translation>მორგებული</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ექსპორტი</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExporter</name>
    <message>
        <source>%1: unknown image format &quot;%2&quot;; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>%1: გამოსახულების უცნობი ფორმატი „%2“; გამოიყენეთ .png, .jpg, .jpeg, .svg ან .pdf.</translation>
    </message>
    <message>
        <source>%1: the size %2×%3 is outside 100×100 to 10000×10000.</source>
        <translation>%1: ზომა %2×%3 სცდება დასაშვებ დიაპაზონს (100×100-დან 10000×10000-მდე).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ფაილის %1 ჩაწერა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>ფაილის %1 ჩაწერა შეუძლებელია: გამოსახულების კოდირება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Chart exported by Liaison</source>
        <translation>Liaison-ით ექსპორტირებული დიაგრამა</translation>
    </message>
</context>
<context>
    <name>liaison::ChartFactory</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln მონაწილე</numerusform>
            <numerusform>%Ln მონაწილე</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>მონაწილეები</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>წლების მიხედვით</translation>
    </message>
    <message>
        <source>By event kind</source>
        <translation>ღონისძიების ტიპების მიხედვით</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>უწყებების მიხედვით</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>ქვეყნების მიხედვით</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>ნაზარდი ჯამით</translation>
    </message>
    <message>
        <source>No training participation recorded for %1</source>
        <translation>%1: ტრენინგებში მონაწილეობა აღრიცხული არ არის</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: participants by year</source>
        <translation>%1: მონაწილეები წლების მიხედვით</translation>
    </message>
    <message>
        <source>%1: participants by event kind</source>
        <translation>%1: მონაწილეები ღონისძიების ტიპების მიხედვით</translation>
    </message>
    <message>
        <source>%1: participants by agency</source>
        <translation>%1: მონაწილეები უწყებების მიხედვით</translation>
    </message>
    <message>
        <source>%1: participants by country</source>
        <translation>%1: მონაწილეები ქვეყნების მიხედვით</translation>
    </message>
    <message>
        <source>%1: participants over time</source>
        <translation>%1: მონაწილეები დროთა განმავლობაში</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>chart title, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>თარიღის გარეშე</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>სხვა</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>ქვეყნის გარეშე</translation>
    </message>
    <message>
        <source>Outside projects</source>
        <translation>პროექტების გარეშე</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>წელი</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>უწყება</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>Participants, cumulative</source>
        <translation>მონაწილეები, ნაზარდი ჯამი</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>თარიღი</translation>
    </message>
</context>
<context>
    <name>liaison::ChartPane</name>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>დიაგრამის მონაცემების წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>ჩანაწერთა ბაზა გახსნილი არ არის</translation>
    </message>
    <message>
        <source>%1 has no training participation of its own.</source>
        <translation>%1: საკუთარი მონაწილეობა ტრენინგებში აღრიცხული არ არის.</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>დიაგ&amp;რამა:</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>დიაგრამის ტიპი</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ექსპორტი…</translation>
    </message>
    <message>
        <source>Export the chart as an image or document (Ctrl+E)</source>
        <translation>დიაგრამის ექსპორტი გამოსახულების ან დოკუმენტის სახით (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>კოპირება</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
        <translation>დიაგრამის კოპირება გაცვლის ბუფერში (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chart of training participation</source>
        <translation>ტრენინგებში მონაწილეობის დიაგრამა</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>ყველა ჩანაწერი</translation>
    </message>
</context>
<context>
    <name>liaison::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>ამ დახმარების ჩვენება და გასვლა.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>ვერსიის ჩვენება და გასვლა.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ბილიკი</translation>
    </message>
    <message>
        <source>Interface language for this run (e.g. en, ru, az).</source>
        <translation>ინტერფეისის ენა ამ გაშვებისთვის (მაგ. en, ru, az).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>კოდი</translation>
    </message>
    <message>
        <source>init: fill the new record base with the demo records.</source>
        <translation>init: ახალი ჩანაწერთა ბაზის შევსება სადემონსტრაციო ჩანაწერებით.</translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation>KIND:KEY</translation>
    </message>
    <message>
        <source>Liaison browses international cooperation records: agencies, projects, events and training participation.</source>
        <translation>Liaison საერთაშორისო თანამშრომლობის ჩანაწერების დასათვალიერებელი პროგრამაა: უწყებები, პროექტები, ღონისძიებები და ტრენინგებში მონაწილეობა.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[ბრძანება]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Languages: %2.</source>
        <translation>უცნობი ენა „%1“. ხელმისაწვდომი ენები: %2.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database პარამეტრს ფაილის ბილიკი უნდა მიეთითოს.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>მოულოდნელი არგუმენტი „%1“.</translation>
    </message>
    <message>
        <source>--demo is an option of the init command.</source>
        <translation>--demo init ბრძანების პარამეტრია.</translation>
    </message>
    <message>
        <source>summary needs --record KIND:KEY or --record all.</source>
        <translation>summary ბრძანებას სჭირდება --record KIND:KEY ან --record all.</translation>
    </message>
    <message>
        <source>Try &quot;liaison --help&quot;.</source>
        <translation>სცადეთ „liaison --help“.</translation>
    </message>
    <message>
        <source>The window cannot be opened from here.</source>
        <translation>ფანჯრის აქედან გახსნა შეუძლებელია.</translation>
    </message>
    <message>
        <source>Created the demo record base %1.</source>
        <translation>შეიქმნა სადემონსტრაციო ჩანაწერთა ბაზა %1.</translation>
    </message>
    <message>
        <source>Created the record base %1.</source>
        <translation>შეიქმნა ჩანაწერთა ბაზა %1.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>მთლიანობა: %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>მიმართვები: %1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2; open the record base once with write access to upgrade it</source>
        <translation>სქემის ვერსიაა %1, მოსალოდნელი იყო %2; განსაახლებლად ერთხელ გახსენით ჩანაწერთა ბაზა ჩაწერის უფლებით</translation>
    </message>
    <message>
        <source>%1: integrity ok, references ok, schema version %2.</source>
        <translation>%1: მთლიანობა წესრიგშია, მიმართვები წესრიგშია, სქემის ვერსია %2.</translation>
    </message>
    <message>
        <source>export-chart: by-year, by-kind, by-agency, by-country or cumulative.</source>
        <translation>export-chart: by-year, by-kind, by-agency, by-country ან cumulative.</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>დიაგრამა</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ფაილი</translation>
    </message>
    <message>
        <source>export-chart: the size in pixels (default 1600x900).</source>
        <translation>export-chart: ზომა პიქსელებში (ნაგულისხმევად 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>სიგანეxსიმაღლე</translation>
    </message>
    <message>
        <source>summary, export-chart: the record, as KIND:KEY (agency, project or event; an acronym, exact name or id) or all.</source>
        <translation>summary, export-chart: ჩანაწერი ფორმით KIND:KEY (agency, project ან event; აბრევიატურა, ზუსტი სახელწოდება ან იდენტიფიკატორი) ან all.</translation>
    </message>
    <message>
        <source>--record is an option of the summary and export-chart commands.</source>
        <translation>--record summary და export-chart ბრძანებების პარამეტრია.</translation>
    </message>
    <message>
        <source>--%1 is an option of the export-chart command.</source>
        <translation>--%1 export-chart ბრძანების პარამეტრია.</translation>
    </message>
    <message>
        <source>export-chart needs --record, --chart and --output.</source>
        <translation>export-chart ბრძანებას სჭირდება --record, --chart და --output.</translation>
    </message>
    <message>
        <source>export-chart, export: the file to write (for charts .png, .jpg, .svg or .pdf).</source>
        <translation>export-chart, export: ჩასაწერი ფაილი (დიაგრამებისთვის .png, .jpg, .svg ან .pdf).</translation>
    </message>
    <message>
        <source>export: csv (the participation, in the import format) or json (every record with its source).</source>
        <translation>export: csv (მონაწილეობა, იმპორტის ფორმატით) ან json (ყველა ჩანაწერი თავისი წყაროთი).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ფორმატი</translation>
    </message>
    <message>
        <source>--output is an option of the export and export-chart commands.</source>
        <translation>--output export და export-chart ბრძანებების პარამეტრია.</translation>
    </message>
    <message>
        <source>--format is an option of the export command.</source>
        <translation>--format export ბრძანების პარამეტრია.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import ბრძანებას სჭირდება წასაკითხი CSV ფაილი.</translation>
    </message>
    <message>
        <source>export needs --format csv|json and --output FILE.</source>
        <translation>export ბრძანებას სჭირდება --format csv|json და --output ფაილი.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Formats: csv, json.</source>
        <translation>უცნობი ფორმატი „%1“. ფორმატები: csv, json.</translation>
    </message>
    <message>
        <source>nothing was imported; %1 is unchanged.</source>
        <translation>არაფერი დაიმპორტდა; %1 არ შეცვლილა.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 participation records written; %4 projects, %5 events and %6 agencies created.</source>
        <translation>ფაილიდან %2 დაიმპორტდა %1 მწკრივი: ჩაიწერა მონაწილეობის %3 ჩანაწერი; შეიქმნა %4 პროექტი, %5 ღონისძიება და %6 უწყება.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>ჩაიწერა ფაილი %1.</translation>
    </message>
    <message>
        <source>The record base: an SQLite file or a postgresql://user@host:port/dbname address. Default: %1</source>
        <translation>ჩანაწერთა ბაზა: SQLite ფაილი ან მისამართი ფორმით postgresql://user@host:port/dbname. ნაგულისხმევად: %1</translation>
    </message>
    <message>
        <source>copy: the record base to copy (a file or an address).</source>
        <translation>copy: დასაკოპირებელი ჩანაწერთა ბაზა (ფაილი ან მისამართი).</translation>
    </message>
    <message>
        <source>copy: the new record base (a file that does not exist, or an empty database).</source>
        <translation>copy: ახალი ჩანაწერთა ბაზა (ჯერ არარსებული ფაილი ან ცარიელი მონაცემთა ბაზა).</translation>
    </message>
    <message>
        <source>init, summary, check, import FILE.csv, export, export-chart or copy; none opens the window.</source>
        <translation>init, summary, check, import ფაილი.csv, export, export-chart ან copy; ბრძანების გარეშე იხსნება ფანჯარა.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, summary, check, import, export, export-chart, copy.</source>
        <translation>უცნობი ბრძანება „%1“. ბრძანებები: init, summary, check, import, export, export-chart, copy.</translation>
    </message>
    <message>
        <source>copy needs --from and --to (not --database).</source>
        <translation>copy ბრძანებას სჭირდება --from და --to (და არა --database).</translation>
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
        <translation>ბრძანებები:
  (არცერთი) ფანჯრის გახსნა ჩანაწერთა ბაზით.
  init      ცარიელი ჩანაწერთა ბაზის შექმნა, ან --demo პარამეტრით —
            სადემონსტრაციო ჩანაწერებით. არსებულ ფაილს არ ეხება.
  summary   ჩანაწერის ტრენინგებში მონაწილეობის ჯამების გამოტანა JSON
            ფორმატში.
  check     ჩანაწერთა ბაზის მთლიანობის, მიმართვებისა და სქემის ვერსიის
            შემოწმება.
  import ფაილი.csv
            ტრენინგებში მონაწილეობის იმპორტი CSV ფაილიდან: ან ყველაფერი,
            ან არაფერი.
  export    მონაწილეობის ჩაწერა CSV ფორმატში (იმპორტის ფორმატით) ან ყველა
            ჩანაწერისა თავისი წყაროთი — JSON ფორმატში.
  export-chart
            ჩანაწერის ტრენინგებში მონაწილეობის დიაგრამის ჩაწერა PNG, JPEG,
            SVG ან PDF ფორმატში (--output-ის გაფართოების მიხედვით).
            გრაფიკული გარემო არ სჭირდება.
  copy      მთლიანი ჩანაწერთა ბაზის კოპირება --from ფაილიდან ან სერვერიდან
            --to ახალ ფაილში ან სერვერის ცარიელ მონაცემთა ბაზაში და მათი
            შეჯამებების შედარება.

ჩანაწერთა ბაზა არის SQLite ფაილი ან სერვერის მისამართი,
postgresql://user@host:port/dbname; პაროლი აიღება მისამართიდან,
PGPASSWORD-დან, პაროლების ფაილიდან (PGPASSFILE, ~/.pgpass), ან მას
პროგრამა მოითხოვს.

გასვლის კოდი: 0 წარმატება, 1 შეცდომა, 2 გამოყენების შეცდომა.
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>პაროლი (%1): </translation>
    </message>
    <message>
        <source>%1: integrity and references kept by the server, schema version %2.</source>
        <translation>%1: მთლიანობასა და მიმართვებს სერვერი უზრუნველყოფს, სქემის ვერსია %2.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3.</source>
        <translation>ჩანაწერთა ბაზა %1 დაკოპირდა მდებარეობაზე %2: %3.</translation>
    </message>
    <message>
        <source>The summaries match.</source>
        <translation>შეჯამებები ერთმანეთს ემთხვევა.</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>სერვერთან დაკავშირება</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;სერვერი:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;პორტი:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>მონაცემთა &amp;ბაზა:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;მომხმარებელი:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>პა&amp;როლი:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>პაროლის &amp;შენახვა სისტემის გასაღებების საცავში</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>თუ ცარიელია — PGPASSWORD-დან ან ~/.pgpass-დან</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;დაკავშირება</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>მისამართი: %1</translation>
    </message>
</context>
<context>
    <name>liaison::CountryList</name>
    <message>
        <source>the embedded country list %1 is missing</source>
        <translation>ქვეყნების ჩაშენებული სია %1 არ მოიძებნა</translation>
    </message>
</context>
<context>
    <name>liaison::CountryNames</name>
    <message>
        <source>Andorra</source>
        <translation>ანდორა</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>არაბთა გაერთიანებული საამიროები</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>ავღანეთი</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>ანტიგუა და ბარბუდა</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>ანგილა</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>ალბანეთი</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>სომხეთი</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>ანგოლა</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>ანტარქტიკა</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>არგენტინა</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>ამერიკული სამოა</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>ავსტრია</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>ავსტრალია</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>არუბა</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>ალანდის კუნძულები</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>აზერბაიჯანი</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>ბოსნია და ჰერცეგოვინა</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>ბარბადოსი</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>ბანგლადეში</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>ბელგია</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>ბურკინა-ფასო</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>ბულგარეთი</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>ბაჰრეინი</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>ბურუნდი</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>ბენინი</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>სენ-ბართლემი</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>ბერმუდა</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>ბრუნეი დარუსალამი</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>ბოლივია</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>ბონერი, სენტ ევსტატუსი და საბა</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>ბრაზილია</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>ბაჰამის კუნძულები</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>ბუტანი</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>ბუვეტის კუნძული</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>ბოტსვანა</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>ბელარუსი</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>ბელიზი</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>კანადა</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>ქოქოსის კუნძულები</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>კონგო, დემოკრატიული რესპუბლიკა</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>ცენტრალური აფრიკის რესპუბლიკა</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>კონგო</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>შვეიცარია</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>კოტ-დ&apos;ივუარი</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>კუკის კუნძულები</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>ჩილე</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>კამერუნი</translation>
    </message>
    <message>
        <source>China</source>
        <translation>ჩინეთი</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>კოლუმბია</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>კოსტა-რიკა</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>კუბა</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>კაბო-ვერდე</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>კიურასაო</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>შობის კუნძული</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>კვიპროსი</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>ჩეხეთი</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>გერმანია</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>ჯიბუტი</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>დანია</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>დომინიკა</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>დომინიკის რესპუბლიკა</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>ალჟირი</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>ეკვადორი</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>ესტონეთი</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>ეგვიპტე</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>დასავლეთი საჰარა</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>ერიტრეა</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>ესპანეთი</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>ეთიოპია</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>ფინეთი</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>ფიჯი</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>ფოლკლენდის კუნძულები</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>მიკრონეზიის ფედერალური შტატები</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>ფაროს კუნძულები</translation>
    </message>
    <message>
        <source>France</source>
        <translation>საფრანგეთი</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>გაბონი</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>გაერთიანებული სამეფო</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>გრენადა</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>საქართველო</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>საფრანგეთის გვიანა</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>გერნსი</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>განა</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>გიბრალტარი</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>გრენლანდია</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>გამბია</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>გვინეა</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>გვადელუპა</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>ეკვატორული გვინეა</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>საბერძნეთი</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>სამხრეთ ჯორჯია და სამხრეთ სენდვიჩის კუნძულები</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>გვატემალა</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>გუამი</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>გვინეა-ბისაუ</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>გაიანა</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>ჰონგ-კონგი</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>ჰერდის და მაკდონალდის კუნძულები</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>ჰონდურასი</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>ხორვატია</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>ჰაიტი</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>უნგრეთი</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>ინდონეზია</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>ირლანდია</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>ისრაელი</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>მენის კუნძული</translation>
    </message>
    <message>
        <source>India</source>
        <translation>ინდოეთი</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>ბრიტანეთის ინდოეთის ოკეანის ტერიტორია</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>ერაყი</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>ირანი</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>ისლანდია</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>იტალია</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>ჯერსი</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>იამაიკა</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>იორდანია</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>იაპონია</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>კენია</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>ყირგიზეთი</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>კამბოჯა</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>კირიბატი</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>კომორის კუნძულების კავშირი</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>სენტ-კიტსი და ნევისი</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>ჩრდილოეთი კორეა</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>სამხრეთ კორეა</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>ქუვეითი</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>კაიმანის კუნძულები</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>ყაზახეთი</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>ლაოსი</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>ლიბანი</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>სენტ-ლუსია</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>ლიხტენშტეინი</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>შრი-ლანკა</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>ლიბერია</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>ლესოთო</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>ლიტვა</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>ლუქსემბურგი</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>ლატვია</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>ლიბია</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>მაროკო</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>მონაკო</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>მოლდოვა</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>მონტენეგრო</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>სენ-მარტინი (ფრანგული ნაწილი)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>მადაგასკარი</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>მარშალის კუნძულები</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>ჩრდილოეთ მაკედონია</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>მალი</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>მიანმარი</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>მონღოლეთი</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>მაკაო</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>ჩრდილოეთ მარიანას კუნძულები</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>მარტინიკა</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>მავრიტანია</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>მონსერატი</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>მალტა</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>მავრიკი</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>მალდივები</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>მალავი</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>მექსიკა</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>მალაიზია</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>მოზამბიკი</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>ნამიბია</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>ახალი კალედონია</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>ნიგერი</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>ნორფოლკი</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>ნიგერია</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>ნიკარაგუა</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>ნიდერლანდები</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>ნორვეგია</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>ნეპალი</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>ნაურუ</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>ნიუე</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>ახალი ზელანდია</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>ომანი</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>პანამა</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>პერუ</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>საფრანგეთის პოლინეზია</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>პაპუა-ახალი გვინეა</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>ფილიპინები</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>პაკისტანი</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>პოლონეთი</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>სენ-პიერი და მიქელონი</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>პიტკარინი</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>პუერტო-რიკო</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>პალესტინის სახელმწიფო</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>პორტუგალია</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>პალაუ</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>პარაგვაი</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>კატარი</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>რეიუნიონი</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>რუმინეთი</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>სერბეთი</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>რუსეთის ფედერაცია</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>რუანდა</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>საუდის არაბეთი</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>სოლომონის კუნძულები</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>სეიშელის კუნძულები</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>სუდანი</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>შვედეთი</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>სინგაპური</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>სენტ ჰელენა, ასცენსიონი და ტრისტან და კუნჰა</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>სლოვენია</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>შპიცბერგენი და იან-მაიენი</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>სლოვაკეთი</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>სიერა-ლეონე</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>სან-მარინო</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>სენეგალი</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>სომალი</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>სურინამი</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>სამხრეთ სუდანი</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>საო-ტომე და პრინსიპი</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>სალვადორი</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>სენ-მარტინი (ნიდერლანდური ნაწილი)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>სირია</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>ესვატინი</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>ტერქსისა და კაიკოსის კუნძულები</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>ჩადი</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>ფრანგული სამხრეთ ტერიტორიები</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>ტოგო</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ტაილანდი</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>ტაჯიკეთი</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>ტოკელაუ</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>აღმოსავლეთი ტიმორი</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>თურქმენეთი</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>ტუნისი</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>ტონგა</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>თურქეთი</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>ტრინიდადი და ტობაგო</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>ტუვალუ</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>ტაივანი</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>ტანზანია</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>უკრაინა</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>უგანდა</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>აშშ-ის მიმდებარე მცირე კუნძულები</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>ამერიკის შეერთებული შტატები</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>ურუგვაი</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>უზბეკეთი</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>წმიდა საყდარი (ქალაქი-სახელმწიფო ვატიკანი)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>სენტ-ვინსენტი და გრენადინები</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>ვენესუელა</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>ვირჯინის კუნძულები, ბრიტანეთის</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>ვირჯინის კუნძულები, ა.შ.შ.</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>ვიეტნამი</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>ვანუატუ</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>უოლისი და ფუტუნა</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>სამოა</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>იემენი</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>მაიოტა</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>სამხრეთ აფრიკის რესპუბლიკა</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>ზამბია</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>ზიმბაბვე</translation>
    </message>
</context>
<context>
    <name>liaison::CreateRecordCommand</name>
    <message>
        <source>Create agency %1</source>
        <extracomment>An undo step; %1 is the new agency&apos;s acronym or name</extracomment>
        <translation>უწყების %1 შექმნა</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <extracomment>An undo step; %1 is the new project&apos;s acronym or name</extracomment>
        <translation>პროექტის %1 შექმნა</translation>
    </message>
    <message>
        <source>Create event %1</source>
        <extracomment>An undo step; %1 is the new event&apos;s title</extracomment>
        <translation>ღონისძიების %1 შექმნა</translation>
    </message>
    <message>
        <source>Create person %1</source>
        <extracomment>An undo step; %1 is the new person&apos;s name</extracomment>
        <translation>პირის %1 შექმნა</translation>
    </message>
    <message>
        <source>Create agreement %1</source>
        <extracomment>An undo step; %1 is the new agreement&apos;s subject</extracomment>
        <translation>შეთანხმების %1 შექმნა</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <extracomment>An undo step; %1 is the new source&apos;s title</extracomment>
        <translation>წყაროს %1 შექმნა</translation>
    </message>
    <message>
        <source>Create %1</source>
        <extracomment>An undo step; %1 is the new record&apos;s name</extracomment>
        <translation>ჩანაწერის %1 შექმნა</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>ფაილი UTF-16 ტექსტია; შეინახეთ ის UTF-8 კოდირებით</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (byte %1); save the file as UTF-8</source>
        <translation>სტრიქონი არ არის სწორი UTF-8 ტექსტი (ბაიტი %1); შეინახეთ ფაილი UTF-8 კოდირებით</translation>
    </message>
    <message>
        <source>the quote that opens a field on this line is never closed (a missing &quot; or a quote inside a field that was not written &quot;&quot;)</source>
        <translation>ამ სტრიქონზე ველის გამხსნელი ბრჭყალი არსად იხურება (აკლია &quot; ან ველის შიგნით ბრჭყალი ჩაწერილი არ არის როგორც &quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>ტექსტი ველის დამხურავი ბრჭყალის შემდეგ; ბრჭყალებში ჩასმული ველის შიგნით ბრჭყალი ორჯერ იწერება (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>the file is not a database</source>
        <translation>ფაილი მონაცემთა ბაზა არ არის</translation>
    </message>
    <message>
        <source>the database file is damaged (malformed)</source>
        <translation>მონაცემთა ბაზის ფაილი დაზიანებულია (არასწორი სტრუქტურა)</translation>
    </message>
    <message>
        <source>the record base is locked by another program</source>
        <translation>ჩანაწერთა ბაზა დაბლოკილია სხვა პროგრამის მიერ</translation>
    </message>
    <message>
        <source>the disk or the record base is full</source>
        <translation>დისკი ან ჩანაწერთა ბაზა გავსებულია</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt-ის SQLite დრაივერი (QSQLITE) დაყენებული არ არის.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>ფაილის %1 გახსნა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ფაილის %1 წაკითხვა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>No record base at %1.</source>
        <translation>მდებარეობაზე %1 ჩანაწერთა ბაზა არ არის.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Liaison record base. The file was not changed.</source>
        <translation>%1 SQLite-ის მონაცემთა ბაზაა, მაგრამ არა Liaison-ის ჩანაწერთა ბაზა. ფაილი არ შეცვლილა.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>%1 უკვე არსებობს; ის ხელუხლებლად დარჩა.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>საქაღალდის %1 შექმნა შეუძლებელია.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>ცხრილის %2 მწკრივი %1 მიუთითებს ცხრილის %3 არარსებულ მწკრივზე</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s quick check: %2). The file was not changed.</source>
        <translation>%1 დაზიანებულია (SQLite-ის სწრაფი შემოწმება: %2). ფაილი არ შეცვლილა.</translation>
    </message>
    <message>
        <source>Cannot open %1: its latest changes are in %2, which can only be read with write access to the folder %3. The file was not changed.</source>
        <translation>ფაილის %1 გახსნა შეუძლებელია: მისი ბოლო ცვლილებები ფაილშია %2, რომლის წაკითხვაც მხოლოდ საქაღალდეში %3 ჩაწერის უფლებითაა შესაძლებელი. ფაილი არ შეცვლილა.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to this file.</source>
        <translation>%1 გახსნილია მხოლოდ წასაკითხად: ამ ფაილში ჩაწერის უფლება არ გაქვთ.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to its folder %2, where SQLite keeps its working files while writing.</source>
        <translation>%1 გახსნილია მხოლოდ წასაკითხად: ჩაწერის უფლება არ გაქვთ მის საქაღალდეში %2, სადაც SQLite ჩაწერისას თავის სამუშაო ფაილებს ინახავს.</translation>
    </message>
    <message>
        <source>%1 is open read-only: it was written by a newer Liaison (schema version %2; this version knows up to %3).</source>
        <translation>%1 გახსნილია მხოლოდ წასაკითხად: ის ჩაწერილია Liaison-ის უფრო ახალი ვერსიით (სქემის ვერსია %2; პროგრამის ეს ვერსია სქემას მხოლოდ %3 ვერსიამდე იცნობს).</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 გახსნილია მხოლოდ წასაკითხად.</translation>
    </message>
    <message>
        <source>your database role may not do this (%1)</source>
        <translation>თქვენს მონაცემთა ბაზის როლს ამის უფლება არ აქვს (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>სერვერთან კავშირი გაწყდა (%1)</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Qt-ის PostgreSQL დრაივერი (QPSQL) დაყენებული არ არის.</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 პაროლს ითხოვს.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 არ იღებს მომხმარებლის სახელს ან პაროლს.</translation>
    </message>
    <message>
        <source>The server has no database %1 (%2).</source>
        <translation>სერვერზე მონაცემთა ბაზა %1 არ არსებობს (%2).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>მისამართთან %1 დაკავშირება შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but it is not a Liaison record base. Nothing was changed.</source>
        <translation>%1 შეიცავს ცხრილებს, მაგრამ Liaison-ის ჩანაწერთა ბაზა არ არის. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>%1 holds no record base yet.</source>
        <translation>%1 ჯერ არ შეიცავს ჩანაწერთა ბაზას.</translation>
    </message>
    <message>
        <source>%1 already holds tables; it was left untouched.</source>
        <translation>%1 უკვე შეიცავს ცხრილებს; ის ხელუხლებლად დარჩა.</translation>
    </message>
    <message>
        <source>%1 is open read-only: the database role %2 may read it but not change it.</source>
        <translation>%1 გახსნილია მხოლოდ წასაკითხად: მონაცემთა ბაზის როლს %2 მისი წაკითხვა შეუძლია, მაგრამ შეცვლა — არა.</translation>
    </message>
</context>
<context>
    <name>liaison::DatabaseLocation</name>
    <message>
        <source>No record base given: name an SQLite file or a postgresql:// address</source>
        <translation>ჩანაწერთა ბაზა მითითებული არ არის: მიუთითეთ SQLite ფაილი ან postgresql:// მისამართი</translation>
    </message>
    <message>
        <source>Unknown kind of address &quot;%1://&quot;: Liaison opens SQLite files and postgresql:// addresses</source>
        <translation>მისამართის უცნობი სახეობა „%1://“: Liaison ხსნის SQLite ფაილებს და postgresql:// მისამართებს</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address is not a valid percent-encoded character</source>
        <translation>მისამართში „%1“ პროცენტული კოდირებით ჩაწერილი სწორი სიმბოლო არ არის</translation>
    </message>
    <message>
        <source>No host name after &quot;@&quot;: write postgresql://USER@HOST/DATABASE</source>
        <translation>„@“-ის შემდეგ ჰოსტის სახელი არ არის: მიუთითეთ ფორმით postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in brackets: write an IPv6 address as [::1] or [::1]:5432</source>
        <translation>„%1“ კვადრატულ ფრჩხილებში ჩასმული ჰოსტი არ არის: IPv6 მისამართი მიუთითეთ ფორმით [::1] ან [::1]:5432</translation>
    </message>
    <message>
        <source>Several servers (&quot;%1&quot;) are not supported: name one host</source>
        <translation>რამდენიმე სერვერი („%1“) მხარდაჭერილი არ არის: მიუთითეთ ერთი ჰოსტი</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the connection parameter %2</source>
        <translation>„%1“ არ არის კავშირის პარამეტრის %2 სწორი მნიშვნელობა</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot;</source>
        <translation>კავშირის უცნობი პარამეტრი „%1“</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>პორტი „%1“ არ არის რიცხვი 1-დან 65535-მდე</translation>
    </message>
</context>
<context>
    <name>liaison::DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Delete ASCCA&quot;</extracomment>
        <translation>ჩანაწერის %1 წაშლა</translation>
    </message>
</context>
<context>
    <name>liaison::DemoDatabase</name>
    <message>
        <source>demo records, %1: %2</source>
        <translation>სადემონსტრაციო ჩანაწერები, %1: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; names an unknown record &quot;%2&quot;</source>
        <translation>ველი „%1“ მიუთითებს უცნობ ჩანაწერზე „%2“</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;</source>
        <translation>უცნობი პანელი „%1“</translation>
    </message>
    <message>
        <source>the embedded demo records %1 are missing</source>
        <translation>ჩაშენებული სადემონსტრაციო ჩანაწერები %1 არ მოიძებნა</translation>
    </message>
    <message>
        <source>the embedded demo records are not valid JSON at offset %1: %2</source>
        <translation>ჩაშენებული სადემონსტრაციო ჩანაწერები არასწორ JSON-ს შეიცავს (პოზიცია %1): %2</translation>
    </message>
</context>
<context>
    <name>liaison::DetailPane</name>
    <message>
        <source>agency</source>
        <comment>kind of record</comment>
        <translation>უწყება</translation>
    </message>
    <message>
        <source>project or programme</source>
        <comment>kind of record</comment>
        <translation>პროექტი ან პროგრამა</translation>
    </message>
    <message>
        <source>event</source>
        <comment>kind of record</comment>
        <translation>ღონისძიება</translation>
    </message>
    <message>
        <source>person</source>
        <comment>kind of record</comment>
        <translation>პირი</translation>
    </message>
    <message>
        <source>agreement</source>
        <comment>kind of record</comment>
        <translation>შეთანხმება</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of record</comment>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>source</source>
        <comment>kind of record</comment>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1-დან</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1-მდე</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln მონაწილე</numerusform>
            <numerusform>%Ln მონაწილე</numerusform>
        </translation>
    </message>
    <message>
        <source>illustrative sample</source>
        <translation>საილუსტრაციო ნიმუში, არარეალური</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln countries</source>
        <translation>
            <numerusform>%Ln-ზე მეტი ქვეყანა</numerusform>
            <numerusform>%Ln-ზე მეტი ქვეყანა</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>party with partner</comment>
        <translation>%1 და %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>ხელმოწერის თარიღი: %1</translation>
    </message>
    <message>
        <source>Illustrative sample — not a real record</source>
        <translation>საილუსტრაციო ნიმუში — არარეალური ჩანაწერი</translation>
    </message>
    <message>
        <source>This record was made up to make browsing and charts meaningful; no real source states it.</source>
        <translation>ეს ჩანაწერი გამოგონილია, რათა დათვალიერება და დიაგრამები თვალსაჩინო იყოს; მას არცერთი რეალური წყარო არ ადასტურებს.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>ჩანაწერთა ბაზა გახსნილი არ არის</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>ჩანაწერების დათვლა შეუძლებელია: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln უწყება</numerusform>
            <numerusform>%Ln უწყება</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln პროექტი და პროგრამა</numerusform>
            <numerusform>%Ln პროექტი და პროგრამა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln ღონისძიება</numerusform>
            <numerusform>%Ln ღონისძიება</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln პირი</numerusform>
            <numerusform>%Ln პირი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln შეთანხმება</numerusform>
            <numerusform>%Ln შეთანხმება</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants in training events recorded.</source>
        <translation>
            <numerusform>სასწავლო ღონისძიებებში აღრიცხულია %Ln მონაწილე.</numerusform>
            <numerusform>სასწავლო ღონისძიებებში აღრიცხულია %Ln მონაწილე.</numerusform>
        </translation>
    </message>
    <message>
        <source>published article</source>
        <translation>გამოქვეყნებული სტატია</translation>
    </message>
    <message>
        <source>official record</source>
        <translation>ოფიციალური დოკუმენტი</translation>
    </message>
    <message>
        <source>illustrative sample, not a real record</source>
        <translation>საილუსტრაციო ნიმუში, არარეალური ჩანაწერი</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln ჩანაწერი</numerusform>
            <numerusform>%Ln ჩანაწერი</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>წყაროები</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>ეს ჩანაწერი აღარ არსებობს</translation>
    </message>
    <message>
        <source>It may have been deleted, or another record base was opened.</source>
        <translation>შესაძლოა, ის წაიშალა, ან გაიხსნა სხვა ჩანაწერთა ბაზა.</translation>
    </message>
    <message>
        <source>This record could not be read</source>
        <translation>ამ ჩანაწერის წაკითხვა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>შედის</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ვებგვერდი</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>აღწერა</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>მონაწილეები</translation>
    </message>
    <message>
        <source>Sub-agencies</source>
        <translation>დაქვემდებარებული უწყებები</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>პროექტები და პროგრამები</translation>
    </message>
    <message>
        <source>People</source>
        <translation>პირები</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>შეთანხმებები</translation>
    </message>
    <message>
        <source>Outside any project</source>
        <translation>პროექტის გარეშე</translation>
    </message>
    <message>
        <source>Participants by project</source>
        <translation>მონაწილეები პროექტების მიხედვით</translation>
    </message>
    <message>
        <source>%1 in events of %2, as reported by %3</source>
        <translation>%1 პროექტის %2 ღონისძიებებში (წყარო: %3)</translation>
    </message>
    <message>
        <source>Reported totals</source>
        <translation>წყაროებში მოცემული ჯამები</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>პერიოდი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, including the projects under it</source>
        <translation>
            <numerusform>%Ln მონაწილე, ქვეპროექტების ჩათვლით</numerusform>
            <numerusform>%Ln მონაწილე, ქვეპროექტების ჩათვლით</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects under it</source>
        <translation>ქვეპროექტები</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>უწყებები</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>ღონისძიებები</translation>
    </message>
    <message>
        <source>%1 of %2, as reported by %3</source>
        <translation>%1 უწყებიდან %2 (წყარო: %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>თარიღი</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>ორგანიზატორი</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>პროექტი</translation>
    </message>
    <message>
        <source>Countries that attended</source>
        <translation>მონაწილე ქვეყნები</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>პანელები</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>მონაწილე უწყებები</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>პირი</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>თანამდებობა</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>უწყება</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>პანელი: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>თემა: %1</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>პრეზენტაციები</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>შეთანხმება</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>პარტნიორი</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ხელმოწერის თარიღი</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>კოდი</translation>
    </message>
    <message>
        <source>Events held here</source>
        <translation>აქ ჩატარებული ღონისძიებები</translation>
    </message>
    <message>
        <source>Events its delegations attended</source>
        <translation>ღონისძიებები, რომლებსაც მისი დელეგაციები დაესწრნენ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ტიპი</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>გამომცემელი</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>გამოქვეყნების თარიღი</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>მისამართი</translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>უწყებების %Ln როლი პროექტებში</numerusform>
            <numerusform>უწყებების %Ln როლი პროექტებში</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries attending events</source>
        <translation>
            <numerusform>ღონისძიებებზე დამსწრე %Ln ქვეყანა</numerusform>
            <numerusform>ღონისძიებებზე დამსწრე %Ln ქვეყანა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln პანელი</numerusform>
            <numerusform>%Ln პანელი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln პრეზენტაცია</numerusform>
            <numerusform>%Ln პრეზენტაცია</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation counts</source>
        <translation>
            <numerusform>მონაწილეთა რაოდენობის %Ln ჩანაწერი</numerusform>
            <numerusform>მონაწილეთა რაოდენობის %Ln ჩანაწერი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>წყაროში მოცემული %Ln ჯამი</numerusform>
            <numerusform>წყაროში მოცემული %Ln ჯამი</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>ამ წყაროს ეყრდნობა</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ჩანაწერები</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln records of %1 are listed.</source>
        <translation>
            <numerusform>ნაჩვენებია პირველი %Ln ჩანაწერი %1-დან.</numerusform>
            <numerusform>ნაჩვენებია პირველი %Ln ჩანაწერი %1-დან.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>ჩანაწერის დეტალები</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln are shown.</source>
        <translation>
            <numerusform>ნაჩვენებია პირველი %1 (სულ %Ln).</numerusform>
            <numerusform>ნაჩვენებია პირველი %1 (სულ %Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>ყველას ჩვენება</translation>
    </message>
</context>
<context>
    <name>liaison::EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>ჩანაწერის %1 რედაქტირება</translation>
    </message>
</context>
<context>
    <name>liaison::ImportDialog</name>
    <message>
        <source>Import Participation</source>
        <translation>მონაწილეობის იმპორტი</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;იმპორტი</translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation>პირველი &amp;მწკრივები:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;პრობლემები:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>ფაილის პირველი მწკრივები</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>ფაილში აღმოჩენილი პრობლემები</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>მიმდინარეობს ფაილის %1 იმპორტი…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>იმპორტი გაუქმდა; არაფერი ჩაწერილა.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problems in %1.</source>
        <translation>
            <numerusform>არაფერი დაიმპორტდა: ფაილში %1 აღმოჩენილია %n პრობლემა.</numerusform>
            <numerusform>არაფერი დაიმპორტდა: ფაილში %1 აღმოჩენილია %n პრობლემა.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>ფაილის %1 იმპორტი შეუძლებელია: %n პრობლემა. მათ გასწორებამდე არაფერი ჩაიწერება.</numerusform>
            <numerusform>ფაილის %1 იმპორტი შეუძლებელია: %n პრობლემა. მათ გასწორებამდე არაფერი ჩაიწერება.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</source>
        <translation>
            <numerusform>%1: ტრენინგებში მონაწილეობის %Ln მწკრივი, მზად არის იმპორტისთვის. ფაილი დაიმპორტდება მთლიანად, ერთბაშად, ან საერთოდ არ დაიმპორტდება.</numerusform>
            <numerusform>%1: ტრენინგებში მონაწილეობის %Ln მწკრივი, მზად არის იმპორტისთვის. ფაილი დაიმპორტდება მთლიანად, ერთბაშად, ან საერთოდ არ დაიმპორტდება.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>გასაღებების საცავმა დროულად არ უპასუხა</translation>
    </message>
    <message>
        <source>The system keychain could not read the password of %1: %2</source>
        <translation>სისტემის გასაღებების საცავიდან პაროლის წაკითხვა ვერ მოხერხდა (%1): %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1: %2</source>
        <translation>სისტემის გასაღებების საცავში პაროლის შენახვა ვერ მოხერხდა (%1): %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password of %1: %2</source>
        <translation>სისტემის გასაღებების საცავიდან პაროლის წაშლა ვერ მოხერხდა (%1): %2</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison record bases (*.sqlite *.db);;All files (*)</source>
        <translation>Liaison-ის ჩანაწერთა ბაზები (*.sqlite *.db);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Could not read the record base: %1</source>
        <translation>ჩანაწერთა ბაზის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ფაილი</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;ბოლოს გახსნილი</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ჩასწორება</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;ხედი</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;გადასვლა</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;ენა</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>სისტემის ნაგულისხმევი</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;დახმარება</translation>
    </message>
    <message>
        <source>&amp;New Record Base…</source>
        <translation>&amp;ახალი ჩანაწერთა ბაზა…</translation>
    </message>
    <message>
        <source>Create an empty record base</source>
        <translation>ცარიელი ჩანაწერთა ბაზის შექმნა</translation>
    </message>
    <message>
        <source>&amp;Open Record Base…</source>
        <translation>ჩანაწერთა ბაზის &amp;გახსნა…</translation>
    </message>
    <message>
        <source>Open another record base</source>
        <translation>სხვა ჩანაწერთა ბაზის გახსნა</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>გა&amp;სვლა</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;კოპირება</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;ძებნა…</translation>
    </message>
    <message>
        <source>Search the record base</source>
        <translation>ჩანაწერთა ბაზაში ძებნა</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;უკან</translation>
    </message>
    <message>
        <source>Back to the previous record</source>
        <translation>წინა ჩანაწერზე დაბრუნება</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;წინ</translation>
    </message>
    <message>
        <source>Forward to the next record</source>
        <translation>შემდეგ ჩანაწერზე გადასვლა</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;საწყისი</translation>
    </message>
    <message>
        <source>The record base overview</source>
        <translation>ჩანაწერთა ბაზის მიმოხილვა</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ნავიგაცია</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;ხელსაწყოთა ზოლი</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;მდგომარეობის ზოლი</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;სრულეკრანიანი რეჟიმი</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Liaison-ის &amp;შესახებ</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt-ის შესახებ</translation>
    </message>
    <message>
        <source>Search records (Ctrl+F)</source>
        <translation>ჩანაწერების ძებნა (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>ჩანაწერების ძებნა</translation>
    </message>
    <message>
        <source>Agencies and projects</source>
        <translation>უწყებები და პროექტები</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ძებნის შედეგები</translation>
    </message>
    <message>
        <source>Record browser</source>
        <translation>ჩანაწერების დათვალიერება</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The demo record base could not be created.

%1</source>
        <translation>სადემონსტრაციო ჩანაწერთა ბაზის შექმნა ვერ მოხერხდა.

%1</translation>
    </message>
    <message>
        <source>The record base could not be opened.

%1</source>
        <translation>ჩანაწერთა ბაზის გახსნა ვერ მოხერხდა.

%1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Record Base</source>
        <translation>ჩანაწერთა ბაზის გახსნა</translation>
    </message>
    <message>
        <source>No recent record bases</source>
        <translation>ბოლოს გახსნილი ჩანაწერთა ბაზები არ არის</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>ჩანაწერთა ბაზა გახსნილი არ არის</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>ჩანაწერების დათვლა შეუძლებელია: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n უწყება</numerusform>
            <numerusform>%n უწყება</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects and programmes</source>
        <translation>
            <numerusform>%n პროექტი და პროგრამა</numerusform>
            <numerusform>%n პროექტი და პროგრამა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n ღონისძიება</numerusform>
            <numerusform>%n ღონისძიება</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n პირი</numerusform>
            <numerusform>%n პირი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n შეთანხმება</numerusform>
            <numerusform>%n შეთანხმება</numerusform>
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
        <translation>ძებნა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: title · context</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No records match &quot;%1&quot;</source>
        <translation>მოთხოვნას „%1“ არცერთი ჩანაწერი არ შეესაბამება</translation>
    </message>
    <message numerus="yes">
        <source>%n records found</source>
        <translation>
            <numerusform>ნაპოვნია %n ჩანაწერი</numerusform>
            <numerusform>ნაპოვნია %n ჩანაწერი</numerusform>
        </translation>
    </message>
    <message>
        <source>New Record Base</source>
        <translation>ახალი ჩანაწერთა ბაზა</translation>
    </message>
    <message>
        <source>The record base could not be created.

%1</source>
        <translation>ჩანაწერთა ბაზის შექმნა ვერ მოხერხდა.

%1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Liaison-ის შესახებ</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>დიაგრამის &amp;ექსპორტი…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG or PDF</source>
        <translation>დიაგრამის შენახვა PNG, JPEG, SVG ან PDF ფორმატში</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>&amp;დიაგრამის კოპირება</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>დიაგრამის კოპირება გაცვლის ბუფერში გამოსახულების სახით</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>დიაგრამა</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;დიაგრამა</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>ყველა ჩანაწერი</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>საექსპორტო დიაგრამა არ არის.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG გამოსახულება (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG გამოსახულება (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG ნახაზი (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF დოკუმენტი (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>დიაგრამის ექსპორტი</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>დიაგრამა შენახულია: %1</translation>
    </message>
    <message>
        <source>There is no chart to copy.</source>
        <translation>დასაკოპირებელი დიაგრამა არ არის.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>დიაგრამა დაკოპირდა გაცვლის ბუფერში</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln ღონისძიება</numerusform>
            <numerusform>%Ln ღონისძიება</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation records</source>
        <translation>
            <numerusform>მონაწილეობის %Ln ჩანაწერი</numerusform>
            <numerusform>მონაწილეობის %Ln ჩანაწერი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>უწყებების %Ln როლი პროექტებში</numerusform>
            <numerusform>უწყებების %Ln როლი პროექტებში</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln პანელი</numerusform>
            <numerusform>%Ln პანელი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln პრეზენტაცია</numerusform>
            <numerusform>%Ln პრეზენტაცია</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attending countries</source>
        <translation>
            <numerusform>დამსწრე %Ln ქვეყანა</numerusform>
            <numerusform>დამსწრე %Ln ქვეყანა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>წყაროში მოცემული %Ln ჯამი</numerusform>
            <numerusform>წყაროში მოცემული %Ln ჯამი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln პირი</numerusform>
            <numerusform>%Ln პირი</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln უწყება</numerusform>
            <numerusform>%Ln უწყება</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln პროექტი და პროგრამა</numerusform>
            <numerusform>%Ln პროექტი და პროგრამა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln შეთანხმება</numerusform>
            <numerusform>%Ln შეთანხმება</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records</source>
        <translation>
            <numerusform>%Ln სხვა ჩანაწერი</numerusform>
            <numerusform>%Ln სხვა ჩანაწერი</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Participation…</source>
        <translation>მონაწილეობის &amp;იმპორტი…</translation>
    </message>
    <message>
        <source>Import training participation from a CSV file</source>
        <translation>ტრენინგებში მონაწილეობის იმპორტი CSV ფაილიდან</translation>
    </message>
    <message>
        <source>Export &amp;Records…</source>
        <translation>&amp;ჩანაწერების ექსპორტი…</translation>
    </message>
    <message>
        <source>Save the records as JSON, or the participation as CSV</source>
        <translation>ჩანაწერების შენახვა JSON ფორმატში ან მონაწილეობისა — CSV ფორმატში</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;გაუქმება</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>გა&amp;მეორება</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>ახალი &amp;ჩანაწერი</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>new record of a kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>ჩანაწერის &amp;რედაქტირება…</translation>
    </message>
    <message>
        <source>Change the fields of the record shown</source>
        <translation>ნაჩვენები ჩანაწერის ველების შეცვლა</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>ჩანაწერის &amp;წაშლა…</translation>
    </message>
    <message>
        <source>Delete the record shown, after asking</source>
        <translation>ნაჩვენები ჩანაწერის წაშლა (დადასტურების შემდეგ)</translation>
    </message>
    <message>
        <source>Import Participation</source>
        <translation>მონაწილეობის იმპორტი</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ფაილები (*.csv);;ყველა ფაილი (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows from %1.</source>
        <translation>
            <numerusform>ფაილიდან %1 დაიმპორტდა %Ln მწკრივი.</numerusform>
            <numerusform>ფაილიდან %1 დაიმპორტდა %Ln მწკრივი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training participation, CSV (*.csv)</source>
        <translation>ტრენინგებში მონაწილეობა, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every record, JSON (*.json)</source>
        <translation>ყველა ჩანაწერი, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>ჩანაწერების ექსპორტი</translation>
    </message>
    <message>
        <source>Records saved as %1</source>
        <translation>ჩანაწერები შენახულია: %1</translation>
    </message>
    <message>
        <source>New Record</source>
        <translation>ახალი ჩანაწერი</translation>
    </message>
    <message>
        <source>Select a record to edit.</source>
        <translation>აირჩიეთ ჩანაწერი რედაქტირებისთვის.</translation>
    </message>
    <message>
        <source>Edit Record</source>
        <translation>ჩანაწერის რედაქტირება</translation>
    </message>
    <message>
        <source>Select a record to delete.</source>
        <translation>აირჩიეთ წასაშლელი ჩანაწერი.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>წაიშალოს %1?</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>ჩანაწერის %1 წაშლისას ასევე წაიშლება: %2.</translation>
    </message>
    <message>
        <source>These will no longer refer to it: %1.</source>
        <translation>მასზე მითითება აღარ ექნება: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>ამის გაუქმება შეგიძლიათ მენიუდან ჩასწორება → გაუქმება.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>ჩანაწერის წაშლა</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;გაუქმება: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>გა&amp;მეორება: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>The record base could not be opened.</source>
        <translation>ჩანაწერთა ბაზის გახსნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>There is no record base at %1.</source>
        <translation>მდებარეობაზე %1 ჩანაწერთა ბაზა არ არის.</translation>
    </message>
    <message>
        <source>Create an empty record base there?</source>
        <translation>შეიქმნას იქ ცარიელი ჩანაწერთა ბაზა?</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;შექმნა</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>სხვის &amp;გახსნა…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>&amp;ახლის შექმნა…</translation>
    </message>
    <message>
        <source>Read-only: %1 Records can be browsed, charted and exported, but not edited or imported.</source>
        <translation>მხოლოდ წასაკითხად: %1 ჩანაწერების დათვალიერება, დიაგრამების აგება და ექსპორტი შესაძლებელია, მაგრამ მათი რედაქტირება და იმპორტი — არა.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Browse international cooperation records: agencies, projects and programmes, events, and training participation.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo records.&lt;/b&gt; The facts come from the article “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. The demo also holds an illustrative sample, marked as such, that is not a real record. Country names: ISO 3166-1, from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;საერთაშორისო თანამშრომლობის ჩანაწერების დათვალიერება: უწყებები, პროექტები და პროგრამები, ღონისძიებები და ტრენინგებში მონაწილეობა.&lt;/p&gt;&lt;p&gt;ლიცენზია: GNU General Public License, ვერსია 3 ან უფრო ახალი.&lt;br&gt;აგებულია Qt %2-ის გამოყენებით (გაშვებულია Qt %3-ზე).&lt;/p&gt;&lt;p&gt;&lt;b&gt;სადემონსტრაციო ჩანაწერები.&lt;/b&gt; ფაქტები აღებულია სტატიიდან „The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union“. სადემონსტრაციო ჩანაწერები ასევე შეიცავს საილუსტრაციო ნიმუშს, რომელიც შესაბამისად არის მონიშნული და რეალური ჩანაწერი არ არის. ქვეყნების სახელები: ISO 3166-1, Debian-ის პაკეტიდან iso-codes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>სერვერთან და&amp;კავშირება…</translation>
    </message>
    <message>
        <source>Open a record base on a PostgreSQL server</source>
        <translation>ჩანაწერთა ბაზის გახსნა PostgreSQL სერვერზე</translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation>მიმდინარეობს ჩანაწერთა ბაზის %1 შემოწმება დაზიანებაზე…</translation>
    </message>
</context>
<context>
    <name>liaison::ParticipationImport</name>
    <message>
        <source>no file to import was given</source>
        <translation>იმპორტისთვის ფაილი მითითებული არ არის</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ასეთი ფაილი არ არსებობს</translation>
    </message>
    <message>
        <source>a folder, not a CSV file</source>
        <translation>ეს საქაღალდეა და არა CSV ფაილი</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ფაილის წაკითხვა შეუძლებელია: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns and then one line per event and agency</source>
        <translation>ფაილი ცარიელია; საჭიროა სათაურის სტრიქონი სვეტების სახელებით, შემდეგ კი თითო სტრიქონი ყოველი ღონისძიებისა და უწყებისთვის</translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation>ფაილს აქვს სათაური, მაგრამ არ აქვს დასაიმპორტებელი მწკრივები</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>სათაურის სვეტს №%1 სახელი არ აქვს</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are: %2</source>
        <translation>უცნობი სვეტი %1; სვეტებია: %2</translation>
    </message>
    <message>
        <source>unknown column %1 (did you mean %2?); the columns are: %3</source>
        <translation>უცნობი სვეტი %1 (ხომ არ იგულისხმეთ %2?); სვეტებია: %3</translation>
    </message>
    <message>
        <source>column %1 appears twice (columns %2 and %3)</source>
        <translation>სვეტი %1 ორჯერ გვხვდება (სვეტები №%2 და №%3)</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>აკლია სავალდებულო სვეტი %1</translation>
    </message>
    <message>
        <source>cannot read the record base %1: %2</source>
        <translation>ჩანაწერთა ბაზის %1 წაკითხვა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (is a field with a delimiter not in quotes?)</source>
        <translation>მწკრივს აქვს %1 ველი, სათაურს კი — %2 (ხომ არ არის გამყოფის შემცველი ველი ბრჭყალების გარეშე?)</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>ცარიელია, თუმცა სავალდებულოა</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 არ არის ერთ-ერთი შემდეგთაგან: %2</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 არ არის YYYY-MM-DD ფორმის თარიღი</translation>
    </message>
    <message>
        <source>%1 is before the start_date %2</source>
        <translation>%1 უფრო ადრეა, ვიდრე start_date (%2)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 არ არის ქვეყნის ISO 3166-1 alpha-2 კოდი</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 არ არის 0-ის ტოლი ან მეტი მთელი რიცხვი</translation>
    </message>
    <message>
        <source>%1 is the name of several projects in the record base; give the acronym</source>
        <translation>ჩანაწერთა ბაზაში %1 რამდენიმე პროექტის სახელწოდებაა; მიუთითეთ აბრევიატურა</translation>
    </message>
    <message>
        <source>%1 is the name of several agencies in the record base; give the acronym</source>
        <translation>ჩანაწერთა ბაზაში %1 რამდენიმე უწყების სახელწოდებაა; მიუთითეთ აბრევიატურა</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ცარიელი</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the new agency %3 on line %4</source>
        <translation>%1 განსხვავდება ახალი უწყებისთვის %3 სტრიქონზე %4 მითითებული მნიშვნელობისგან (%2)</translation>
    </message>
    <message>
        <source>%1 differs from the country of %2 in the record base (%3)</source>
        <translation>%1 განსხვავდება ჩანაწერთა ბაზაში უწყების %2 ქვეყნისგან (%3)</translation>
    </message>
    <message>
        <source>several events of %1 named %2 start on %3 in the record base; the import cannot tell which one</source>
        <translation>ჩანაწერთა ბაზაში პროექტს %1 აქვს რამდენიმე ღონისძიება სათაურით %2 და დაწყების თარიღით %3; იმპორტი ვერ გაარკვევს, რომელია საჭირო</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the same event on line %3</source>
        <translation>%1 განსხვავდება იმავე ღონისძიებისთვის სტრიქონზე %3 მითითებული მნიშვნელობისგან (%2)</translation>
    </message>
    <message>
        <source>%1 differs from the event&apos;s %2 in the record base (%3); the import does not change events</source>
        <translation>%1 განსხვავდება ჩანაწერთა ბაზაში არსებული ღონისძიების %2 მნიშვნელობისგან (%3); იმპორტი ღონისძიებებს არ ცვლის</translation>
    </message>
    <message>
        <source>%1 is not an agency of the record base or of this file</source>
        <translation>%1 არ არის არც ჩანაწერთა ბაზის და არც ამ ფაილის უწყება</translation>
    </message>
    <message>
        <source>the event %1 (%2, %3) and the agency %4 are already on line %5; give each participation once</source>
        <translation>ღონისძიება %1 (%2, %3) და უწყება %4 უკვე მოცემულია სტრიქონზე %5; თითოეული მონაწილეობა მხოლოდ ერთხელ მიუთითეთ</translation>
    </message>
    <message>
        <source>%1 is not in the record base; to create it, give its agency_country</source>
        <translation>%1 ჩანაწერთა ბაზაში არ არის; მის შესაქმნელად მიუთითეთ agency_country</translation>
    </message>
    <message>
        <source>empty, but the event %1 is not in the record base and a new event needs a kind: %2</source>
        <translation>ცარიელია, მაგრამ ღონისძიება %1 ჩანაწერთა ბაზაში არ არის, ახალ ღონისძიებას კი ტიპი სჭირდება: %2</translation>
    </message>
    <message>
        <source>the event %1 is not in the record base and a new event needs a kind: add an event_kind column (%2)</source>
        <translation>ღონისძიება %1 ჩანაწერთა ბაზაში არ არის, ახალ ღონისძიებას კი ტიპი სჭირდება: დაამატეთ სვეტი event_kind (%2)</translation>
    </message>
    <message>
        <source>cannot write to the record base %1: %2</source>
        <translation>ჩანაწერთა ბაზაში %1 ჩაწერა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>ფაილის %1 იმპორტი</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed.</source>
        <translation>
            <numerusform>კიდევ %n პრობლემა არ არის ჩამოთვლილი.</numerusform>
            <numerusform>კიდევ %n პრობლემა არ არის ჩამოთვლილი.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::PgPassFile</name>
    <message>
        <source>The password file &quot;%1&quot; is ignored: it is not a plain file</source>
        <translation>პაროლების ფაილი „%1“ იგნორირებულია: ის ჩვეულებრივი ფაილი არ არის</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is ignored: its group or others may read it; its permissions should be u=rw (0600) or less</source>
        <translation>პაროლების ფაილი „%1“ იგნორირებულია: მისი წაკითხვა შეუძლიათ ჯგუფს ან სხვა მომხმარებლებს; მისი უფლებები უნდა იყოს u=rw (0600) ან უფრო შეზღუდული</translation>
    </message>
</context>
<context>
    <name>liaison::RecordBaseCopy</name>
    <message>
        <source>%1 has no column %2 to copy into.</source>
        <translation>%1 არ შეიცავს სვეტს %2, რომელშიც კოპირება უნდა მოხდეს.</translation>
    </message>
    <message>
        <source>%1 already holds records; nothing was copied.</source>
        <translation>%1 უკვე შეიცავს ჩანაწერებს; არაფერი დაკოპირებულა.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Liaison cannot copy: %2.</source>
        <translation>%1 შეიცავს ცხრილებს, რომელთა კოპირებაც Liaison-ის ამ ვერსიას არ შეუძლია: %2.</translation>
    </message>
    <message>
        <source>The summary of %1 differs in the copy: %2.</source>
        <translation>ასლში ჩანაწერის %1 შეჯამება განსხვავდება: %2.</translation>
    </message>
    <message>
        <source>The search index holds %1 rows in %2 but %3 in the copy.</source>
        <translation>საძიებო ინდექსში ჩანაწერთა ბაზაში %2 არის %1 მწკრივი, ასლში კი — %3.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordCommand</name>
    <message>
        <source>The record base refused the change.</source>
        <translation>ჩანაწერთა ბაზამ ცვლილება არ მიიღო.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordEditor</name>
    <message>
        <source>the table %1 has a foreign key of several columns, which deleting records does not support</source>
        <translation>ცხრილს %1 აქვს რამდენიმესვეტიანი გარე გასაღები, რასაც ჩანაწერების წაშლა მხარს არ უჭერს</translation>
    </message>
    <message>
        <source>Countries are a fixed list and cannot be edited.</source>
        <translation>ქვეყნები ფიქსირებული სიაა და მათი რედაქტირება შეუძლებელია.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be edited.</source>
        <translation>ამ სახეობის ჩანაწერების რედაქტირება შეუძლებელია.</translation>
    </message>
    <message>
        <source>There is no field “%1” in this kind of record.</source>
        <translation>ამ სახეობის ჩანაწერს ველი „%1“ არ აქვს.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 სავალდებულოა.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by %3 (%4).</source>
        <translation>%1 „%2“ უკვე გამოიყენება ჩანაწერში %3 (%4).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: „%2“ თარიღი არ არის; მიუთითეთ ფორმით YYYY, YYYY-MM ან YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more; “%2” is not.</source>
        <translation>%1 უნდა იყოს 0-ის ტოლი ან მეტი მთელი რიცხვი; „%2“ ასეთი არ არის.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: „%2“ შესაძლო ვარიანტებს შორის არ არის.</translation>
    </message>
    <message>
        <source>%1: there is no country with the code “%2”.</source>
        <translation>%1: ქვეყანა კოდით „%2“ არ არსებობს.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record id.</source>
        <translation>%1: „%2“ ჩანაწერის იდენტიფიკატორი არ არის.</translation>
    </message>
    <message>
        <source>%1: there is no agency with the id %2.</source>
        <translation>%1: უწყება იდენტიფიკატორით %2 არ არსებობს.</translation>
    </message>
    <message>
        <source>%1: there is no programme or project with the id %2.</source>
        <translation>%1: პროგრამა ან პროექტი იდენტიფიკატორით %2 არ არსებობს.</translation>
    </message>
    <message>
        <source>%1: there is no source with the id %2.</source>
        <translation>%1: წყარო იდენტიფიკატორით %2 არ არსებობს.</translation>
    </message>
    <message>
        <source>%1: there is no record with the id %2.</source>
        <translation>%1: ჩანაწერი იდენტიფიკატორით %2 არ არსებობს.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://; “%2” is not.</source>
        <translation>%1 უნდა იყოს ვებმისამართი, რომელიც იწყება http://-ით ან https://-ით; „%2“ ასეთი არ არის.</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2.</source>
        <translation>დასრულების თარიღი %1 დაწყების თარიღზე (%2) ადრეა.</translation>
    </message>
    <message>
        <source>End date %1 is less precise than the start date %2 in the same period: give the end date at least as precisely.</source>
        <translation>დასრულების თარიღი %1 იმავე პერიოდში მოთავსებულ დაწყების თარიღზე (%2) ნაკლებად ზუსტია: მიუთითეთ დასრულების თარიღი სულ მცირე იმავე სიზუსტით.</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>უწყება საკუთარი თავის ზემდგომი ვერ იქნება.</translation>
    </message>
    <message>
        <source>A programme or project cannot be its own parent.</source>
        <translation>პროგრამა ან პროექტი საკუთარი თავის ზემდგომი ვერ იქნება.</translation>
    </message>
    <message>
        <source>%1 is under this agency: as its parent it would make a cycle.</source>
        <translation>%1 ამ უწყების დაქვემდებარებაშია: მისი ზემდგომად მითითება ციკლს შექმნის.</translation>
    </message>
    <message>
        <source>%1 is under this programme or project: as its parent it would make a cycle.</source>
        <translation>%1 ამ პროგრამის ან პროექტის შემადგენლობაშია: მისი ზემდგომად მითითება ციკლს შექმნის.</translation>
    </message>
    <message>
        <source>An international organisation has no country: leave %1 empty.</source>
        <translation>საერთაშორისო ორგანიზაციას ქვეყანა არ აქვს: ველი „%1“ ცარიელი დატოვეთ.</translation>
    </message>
    <message>
        <source>An agency of kind “%1” needs a country.</source>
        <translation>„%1“ ტიპის უწყებას ქვეყანა უნდა მიეთითოს.</translation>
    </message>
    <message>
        <source>An agreement needs an agency or a country as its party.</source>
        <translation>შეთანხმებას მხარედ უნდა ჰყავდეს უწყება ან ქვეყანა.</translation>
    </message>
    <message>
        <source>Give the partner country, or the number of partner countries.</source>
        <translation>მიუთითეთ პარტნიორი ქვეყანა ან პარტნიორი ქვეყნების რაოდენობა.</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 ჩანაწერის იდენტიფიკატორი არ არის.</translation>
    </message>
    <message>
        <source>There is already a record of this kind with the id %1.</source>
        <translation>ამ სახეობის ჩანაწერი იდენტიფიკატორით %1 უკვე არსებობს.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>ჩანაწერი %1 არ არსებობს.</translation>
    </message>
    <message numerus="yes">
        <source>The source “%1” is cited by %n record(s); give them another source before deleting it.</source>
        <translation>
            <numerusform>წყაროს „%1“ ეყრდნობა %n ჩანაწერი; წაშლამდე მიუთითეთ მათთვის სხვა წყარო.</numerusform>
            <numerusform>წყაროს „%1“ ეყრდნობა %n ჩანაწერი; წაშლამდე მიუთითეთ მათთვის სხვა წყარო.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) still refer to this record, so it cannot be deleted.</source>
        <translation>
            <numerusform>ამ ჩანაწერზე ჯერ კიდევ მიუთითებს %n სხვა ჩანაწერი, ამიტომ მისი წაშლა შეუძლებელია.</numerusform>
            <numerusform>ამ ჩანაწერზე ჯერ კიდევ მიუთითებს %n სხვა ჩანაწერი, ამიტომ მისი წაშლა შეუძლებელია.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1 changed other rows than expected, so nothing was deleted</source>
        <translation>ჩანაწერის %1 წაშლამ მოსალოდნელისგან განსხვავებული მწკრივები შეცვალა, ამიტომ არაფერი წაშლილა</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>აღსადგენი არაფერია.</translation>
    </message>
    <message>
        <source>The snapshot of %1 does not fit this record base.</source>
        <translation>ჩანაწერის %1 შენახული ასლი ამ ჩანაწერთა ბაზას არ შეესაბამება.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>„%1“ თქვენ მიერ გახსნის შემდეგ სხვამ შეცვალა, ამიტომ თქვენი ცვლილებები არ შენახულა.</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <translation>%1: სხვისი „%2“, თქვენი „%3“</translation>
    </message>
</context>
<context>
    <name>liaison::RecordExport</name>
    <message>
        <source>%1 at events without a project</source>
        <translation>%1 — ღონისძიებებზე პროექტის გარეშე</translation>
    </message>
    <message>
        <source>%1 at events without a start date of year, month and day</source>
        <translation>%1 — ღონისძიებებზე სრული დაწყების თარიღის (წელი, თვე და დღე) გარეშე</translation>
    </message>
    <message>
        <source>%1 at events whose title is only spaces</source>
        <translation>%1 — ღონისძიებებზე, რომელთა სათაური მხოლოდ ჰარებისგან შედგება</translation>
    </message>
    <message>
        <source>%1 of agencies whose name is only spaces</source>
        <translation>%1 — უწყებების, რომელთა სახელწოდება მხოლოდ ჰარებისგან შედგება</translation>
    </message>
    <message>
        <source>%1 of agencies without a country</source>
        <translation>%1 — ქვეყნის არმქონე უწყებების</translation>
    </message>
    <message>
        <source>%1 at events sharing project, title and start date with another</source>
        <translation>%1 — ღონისძიებებზე, რომელთა პროექტი, სათაური და დაწყების თარიღი სხვა ღონისძიებისას ემთხვევა</translation>
    </message>
    <message>
        <source>%1 of agencies sharing their acronym or name with another agency of the event or of another country</source>
        <translation>%1 — უწყებების, რომელთა აბრევიატურა ან სახელწოდება ემთხვევა იმავე ღონისძიების ან სხვა ქვეყნის სხვა უწყებისას</translation>
    </message>
    <message>
        <source>Left out %1 of %2 participation records (%3 participants), which the import format cannot hold: %4.</source>
        <translation>მონაწილეობის %2 ჩანაწერიდან გამოტოვებულია %1 (%3 მონაწილე), რადგან იმპორტის ფორმატი მათ ვერ ასახავს: %4.</translation>
    </message>
    <message>
        <source>Left the organiser empty at %1 events: it takes part in none of the file&apos;s rows, so an import could not create it.</source>
        <translation>%1 ღონისძიებისთვის ორგანიზატორის ველი ცარიელი დარჩა: ეს უწყება ფაილის არცერთ მწკრივში არ მონაწილეობს, ამიტომ იმპორტი მას ვერ შექმნიდა.</translation>
    </message>
    <message>
        <source>Left the end date empty at %1 events: it is only a year or a month.</source>
        <translation>%1 ღონისძიებისთვის დასრულების თარიღის ველი ცარიელი დარჩა: თარიღი მხოლოდ წელს ან თვეს შეიცავს.</translation>
    </message>
    <message>
        <source>Cannot write %1: the record base is not open.</source>
        <translation>ფაილის %1 ჩაწერა შეუძლებელია: ჩანაწერთა ბაზა გახსნილი არ არის.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ფაილის %1 ჩაწერა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: reading %2 from %3 failed: %4</source>
        <translation>ფაილის %1 ჩაწერა შეუძლებელია: ცხრილის %2 წაკითხვა ჩანაწერთა ბაზიდან %3 ვერ მოხერხდა: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: reading the participation from %2 failed: %3</source>
        <translation>ფაილის %1 ჩაწერა შეუძლებელია: მონაწილეობის მონაცემების წაკითხვა ჩანაწერთა ბაზიდან %2 ვერ მოხერხდა: %3</translation>
    </message>
</context>
<context>
    <name>liaison::RecordFormDialog</name>
    <message>
        <source>Not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>თარიღი არ არის: მიუთითეთ ფორმით YYYY, YYYY-MM ან YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation>პრობლემა ველში „%1“: %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>სავალდებულო</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>The title of the form for a new record; %1 is the kind: &quot;New Agency&quot;</extracomment>
        <translation>ახალი %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>The title of the form for a record; %1 is its acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>რედაქტირება: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>The label of a required field in a form</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>How to write a date in a form; keep the letters Y, M and D as they are</extracomment>
        <translation>YYYY, YYYY-MM ან YYYY-MM-DD</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown in a number field left empty</extracomment>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>* ნიშნით აღნიშნული ველები სავალდებულოა.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>შექმნა</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
</context>
<context>
    <name>liaison::RecordKey</name>
    <message>
        <source>&quot;%1&quot; is not a record: write KIND:KEY (agency, project or event, then an acronym, a name or an id) or &quot;all&quot;</source>
        <translation>„%1“ ჩანაწერს არ აღნიშნავს: მიუთითეთ KIND:KEY (agency, project ან event, შემდეგ აბრევიატურა, სახელწოდება ან იდენტიფიკატორი) ან „all“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record: use agency, project or event</source>
        <translation>„%1“ ჩანაწერის სახეობა არ არის: გამოიყენეთ agency, project ან event</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no record after the colon</source>
        <translation>„%1“: ორწერტილის შემდეგ ჩანაწერი მითითებული არ არის</translation>
    </message>
</context>
<context>
    <name>liaison::RecordSchema</name>
    <message>
        <source>Name</source>
        <translation>სახელწოდება</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>აბრევიატურა</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ტიპი</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ქვეყანა</translation>
    </message>
    <message>
        <source>Parent programme or project</source>
        <translation>ზემდგომი პროგრამა ან პროექტი</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>ზემდგომი უწყება</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ქალაქი</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ვებგვერდი</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>აღწერა</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>წყარო</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>დაწყების თარიღი</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>დასრულების თარიღი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>სათაური</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>ორგანიზატორი</translation>
    </message>
    <message>
        <source>Project or programme</source>
        <translation>პროექტი ან პროგრამა</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>სახელი და გვარი</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>თანამდებობა</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>უწყება</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>პარტნიორი ქვეყანა</translation>
    </message>
    <message>
        <source>Partner countries (more than)</source>
        <translation>პარტნიორი ქვეყნების რაოდენობა (მეტი, ვიდრე)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>საგანი</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>ხელმოწერის თარიღი</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>გამომცემელი</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>ვებმისამართი</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>გამოქვეყნების თარიღი</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>ღონისძიება</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>პირი</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>შეთანხმება</translation>
    </message>
</context>
<context>
    <name>liaison::RecordStore</name>
    <message>
        <source>All records</source>
        <translation>ყველა ჩანაწერი</translation>
    </message>
    <message>
        <source>No %1 &quot;%2&quot; in %3.</source>
        <translation>ფაილში %3 ვერ მოიძებნა %1 „%2“.</translation>
    </message>
    <message>
        <source>Several records of kind %1 are named &quot;%2&quot;; use the id instead.</source>
        <translation>%1 სახეობის რამდენიმე ჩანაწერს ჰქვია „%2“; ამის ნაცვლად მიუთითეთ იდენტიფიკატორი.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordTreeModel</name>
    <message>
        <source>Agencies</source>
        <translation>უწყებები</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>პროექტები და პროგრამები</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>საერთაშორისო ორგანიზაციები</translation>
    </message>
    <message>
        <source>EU agencies and bodies</source>
        <translation>ევროკავშირის სააგენტოები და ორგანოები</translation>
    </message>
    <message>
        <source>Events outside projects</source>
        <translation>ღონისძიებები პროექტების გარეშე</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>acronym — full name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n მონაწილე</numerusform>
            <numerusform>%n მონაწილე</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>სახელწოდება</translation>
    </message>
    <message>
        <source>Role or date</source>
        <translation>როლი ან თარიღი</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>მონაწილეები</translation>
    </message>
</context>
<context>
    <name>liaison::SearchIndex</name>
    <message>
        <source>%1 has no search index yet; opening it for writing adds one.</source>
        <translation>%1 ჯერ არ შეიცავს საძიებო ინდექსს; ჩასაწერად გახსნისას ის დაემატება.</translation>
    </message>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>ძებნა ფაილში %1 შეუძლებელია: %2</translation>
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
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>Every shortcut of the window, as its menus and actions define them.</source>
        <translation>ფანჯრის ყველა მალსახმობი ისე, როგორც ისინი მის მენიუებსა და მოქმედებებშია განსაზღვრული.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>მენიუ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>მოქმედება</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>კლავიშები</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>კლავიატურის მალსახმობები</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ფანჯარა</translation>
    </message>
</context>
<context>
    <name>liaison::Vocabulary</name>
    <message>
        <source>funding</source>
        <comment>role of an agency in a project</comment>
        <translation>დამფინანსებელი</translation>
    </message>
    <message>
        <source>accountable</source>
        <comment>role of an agency in a project</comment>
        <translation>ანგარიშვალდებული</translation>
    </message>
    <message>
        <source>implementing</source>
        <comment>role of an agency in a project</comment>
        <translation>განმახორციელებელი</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>role of an agency in a project</comment>
        <translation>პარტნიორი</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <comment>role of an agency in a project</comment>
        <translation>ბენეფიციარი</translation>
    </message>
    <message>
        <source>member</source>
        <comment>role of an agency in a project</comment>
        <translation>წევრი</translation>
    </message>
    <message>
        <source>National agency</source>
        <translation>ეროვნული უწყება</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>სამინისტრო</translation>
    </message>
    <message>
        <source>Academy or training institution</source>
        <translation>აკადემია ან სასწავლო დაწესებულება</translation>
    </message>
    <message>
        <source>EU agency</source>
        <translation>ევროკავშირის სააგენტო</translation>
    </message>
    <message>
        <source>EU body</source>
        <translation>ევროკავშირის ორგანო</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>საერთაშორისო ორგანიზაცია</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>პროგრამა</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>პროექტი</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>პლატფორმა</translation>
    </message>
    <message>
        <source>Information-exchange network or system</source>
        <translation>ინფორმაციის გაცვლის ქსელი ან სისტემა</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>სემინარი</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>კურსი</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>ვებინარი</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ტრენინგი</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>კონფერენცია</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>შეხვედრა</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>მოდული</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>project status</comment>
        <translation>დაგეგმილი</translation>
    </message>
    <message>
        <source>active</source>
        <comment>project status</comment>
        <translation>მიმდინარე</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>project status</comment>
        <translation>დასრულებული</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>project status</comment>
        <translation>გაუქმებული</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>project status</comment>
        <translation>შეჩერებული</translation>
    </message>
    <message>
        <source>Published article</source>
        <translation>გამოქვეყნებული სტატია</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>ოფიციალური დოკუმენტი</translation>
    </message>
    <message>
        <source>Illustrative sample</source>
        <translation>საილუსტრაციო ნიმუში (არარეალური)</translation>
    </message>
</context>
</TS>
