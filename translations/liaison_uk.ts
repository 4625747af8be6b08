<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>liaison::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportCommand</name>
    <message>
        <source>--chart: unknown chart &quot;%1&quot;; use %2.</source>
        <translation>--chart: невідома діаграма «%1»; використовуйте %2.</translation>
    </message>
    <message>
        <source>--output: unknown image format &quot;%1&quot; in %2; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>--output: невідомий формат зображення «%1» у %2; використовуйте .png, .jpg, .jpeg, .svg або .pdf.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size; write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size: «%1» не є розміром; напишіть ШИРИНАxВИСОТА, напр., 1920x1080.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 × %4).</source>
        <translation>Записано %1 (%2, %3 × %4).</translation>
    </message>
    <message>
        <source>note: no training participation is recorded for %1.</source>
        <translation>примітка: %1 — немає записів про участь у навчанні.</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportDialog</name>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Розмір зображення: %1 × %2 пікселів.</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Розмір зображення</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Розмір:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Висота:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
    <message>
        <source>As shown (%1 × %2)</source>
        <translation>Як на екрані (%1 × %2)</translation>
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
        <translation>Власний</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExporter</name>
    <message>
        <source>%1: unknown image format &quot;%2&quot;; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>%1: невідомий формат зображення «%2»; використовуйте .png, .jpg, .jpeg, .svg або .pdf.</translation>
    </message>
    <message>
        <source>%1: the size %2×%3 is outside 100×100 to 10000×10000.</source>
        <translation>%1: розмір %2×%3 виходить за межі діапазону від 100×100 до 10000×10000.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>Не вдається записати %1: не вдалося закодувати зображення.</translation>
    </message>
    <message>
        <source>Chart exported by Liaison</source>
        <translation>Діаграму експортовано з Liaison</translation>
    </message>
</context>
<context>
    <name>liaison::ChartFactory</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln учасник</numerusform>
            <numerusform>%Ln учасники</numerusform>
            <numerusform>%Ln учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>За роками</translation>
    </message>
    <message>
        <source>By event kind</source>
        <translation>За типами заходів</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>За установами</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>За країнами</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Наростаючим підсумком</translation>
    </message>
    <message>
        <source>No training participation recorded for %1</source>
        <translation>Немає записів про участь у навчанні: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: participants by year</source>
        <translation>%1: учасники за роками</translation>
    </message>
    <message>
        <source>%1: participants by event kind</source>
        <translation>%1: учасники за типами заходів</translation>
    </message>
    <message>
        <source>%1: participants by agency</source>
        <translation>%1: учасники за установами</translation>
    </message>
    <message>
        <source>%1: participants by country</source>
        <translation>%1: учасники за країнами</translation>
    </message>
    <message>
        <source>%1: participants over time</source>
        <translation>%1: учасники в динаміці</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>chart title, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без дати</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інші</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Без країни</translation>
    </message>
    <message>
        <source>Outside projects</source>
        <translation>Поза проєктами</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Participants, cumulative</source>
        <translation>Учасники, наростаючим підсумком</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>liaison::ChartPane</name>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>Не вдалося прочитати дані діаграми: %1</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Базу записів не відкрито</translation>
    </message>
    <message>
        <source>%1 has no training participation of its own.</source>
        <translation>%1: немає власних записів про участь у навчанні.</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Діа&amp;грама:</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>Тип діаграми</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Export the chart as an image or document (Ctrl+E)</source>
        <translation>Експортувати діаграму як зображення або документ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
        <translation>Копіювати діаграму в буфер обміну (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chart of training participation</source>
        <translation>Діаграма участі в навчанні</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Усі записи</translation>
    </message>
</context>
<context>
    <name>liaison::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показати цю довідку та вийти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показати версію та вийти.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ШЛЯХ</translation>
    </message>
    <message>
        <source>Interface language for this run (e.g. en, ru, az).</source>
        <translation>Мова інтерфейсу для цього запуску (напр., en, ru, az).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>init: fill the new record base with the demo records.</source>
        <translation>init: заповнити нову базу записів демонстраційними записами.</translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation>KIND:KEY</translation>
    </message>
    <message>
        <source>Liaison browses international cooperation records: agencies, projects, events and training participation.</source>
        <translation>Liaison — перегляд записів про міжнародну співпрацю: установи, проєкти, заходи та участь у навчанні.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[команда]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Languages: %2.</source>
        <translation>Невідома мова «%1». Доступні мови: %2.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>Для --database потрібно вказати шлях до файлу.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неочікуваний аргумент «%1».</translation>
    </message>
    <message>
        <source>--demo is an option of the init command.</source>
        <translation>--demo — це параметр команди init.</translation>
    </message>
    <message>
        <source>summary needs --record KIND:KEY or --record all.</source>
        <translation>Для summary потрібно вказати --record KIND:KEY або --record all.</translation>
    </message>
    <message>
        <source>Try &quot;liaison --help&quot;.</source>
        <translation>Спробуйте «liaison --help».</translation>
    </message>
    <message>
        <source>The window cannot be opened from here.</source>
        <translation>Звідси неможливо відкрити вікно.</translation>
    </message>
    <message>
        <source>Created the demo record base %1.</source>
        <translation>Створено демонстраційну базу записів %1.</translation>
    </message>
    <message>
        <source>Created the record base %1.</source>
        <translation>Створено базу записів %1.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>цілісність: %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>посилання: %1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2; open the record base once with write access to upgrade it</source>
        <translation>версія схеми %1, очікувалася %2; щоб оновити базу записів, відкрийте її один раз із правом запису</translation>
    </message>
    <message>
        <source>%1: integrity ok, references ok, schema version %2.</source>
        <translation>%1: цілісність у нормі, посилання в нормі, версія схеми %2.</translation>
    </message>
    <message>
        <source>export-chart: by-year, by-kind, by-agency, by-country or cumulative.</source>
        <translation>export-chart: by-year, by-kind, by-agency, by-country або cumulative.</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>ДІАГРАМА</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>export-chart: the size in pixels (default 1600x900).</source>
        <translation>export-chart: розмір у пікселях (типово 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ШxВ</translation>
    </message>
    <message>
        <source>summary, export-chart: the record, as KIND:KEY (agency, project or event; an acronym, exact name or id) or all.</source>
        <translation>summary, export-chart: запис у форматі KIND:KEY (agency, project або event; абревіатура, точна назва або ідентифікатор) чи all.</translation>
    </message>
    <message>
        <source>--record is an option of the summary and export-chart commands.</source>
        <translation>--record — це параметр команд summary і export-chart.</translation>
    </message>
    <message>
        <source>--%1 is an option of the export-chart command.</source>
        <translation>--%1 — це параметр команди export-chart.</translation>
    </message>
    <message>
        <source>export-chart needs --record, --chart and --output.</source>
        <translation>Для export-chart потрібно вказати --record, --chart і --output.</translation>
    </message>
    <message>
        <source>export-chart, export: the file to write (for charts .png, .jpg, .svg or .pdf).</source>
        <translation>export-chart, export: файл для запису (для діаграм — .png, .jpg, .svg або .pdf).</translation>
    </message>
    <message>
        <source>export: csv (the participation, in the import format) or json (every record with its source).</source>
        <translation>export: csv (дані про участь у форматі імпорту) або json (усі записи з їхніми джерелами).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>--output is an option of the export and export-chart commands.</source>
        <translation>--output — це параметр команд export і export-chart.</translation>
    </message>
    <message>
        <source>--format is an option of the export command.</source>
        <translation>--format — це параметр команди export.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>Для import потрібно вказати файл CSV, який слід прочитати.</translation>
    </message>
    <message>
        <source>export needs --format csv|json and --output FILE.</source>
        <translation>Для export потрібно вказати --format csv|json і --output ФАЙЛ.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Formats: csv, json.</source>
        <translation>Невідомий формат «%1». Формати: csv, json.</translation>
    </message>
    <message>
        <source>nothing was imported; %1 is unchanged.</source>
        <translation>нічого не імпортовано; базу записів %1 не змінено.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 participation records written; %4 projects, %5 events and %6 agencies created.</source>
        <translation>Імпортовано рядків із %2: %1; записано записів про участь: %3; створено проєктів: %4, заходів: %5, установ: %6.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано %1.</translation>
    </message>
    <message>
        <source>The record base: an SQLite file or a postgresql://user@host:port/dbname address. Default: %1</source>
        <translation>База записів: файл SQLite або адреса postgresql://user@host:port/dbname. Типово: %1</translation>
    </message>
    <message>
        <source>copy: the record base to copy (a file or an address).</source>
        <translation>copy: база записів, яку слід скопіювати (файл або адреса).</translation>
    </message>
    <message>
        <source>copy: the new record base (a file that does not exist, or an empty database).</source>
        <translation>copy: нова база записів (файл, якого ще не існує, або порожня база даних).</translation>
    </message>
    <message>
        <source>init, summary, check, import FILE.csv, export, export-chart or copy; none opens the window.</source>
        <translation>init, summary, check, import ФАЙЛ.csv, export, export-chart або copy; без команди відкривається вікно.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, summary, check, import, export, export-chart, copy.</source>
        <translation>Невідома команда «%1». Доступні команди: init, summary, check, import, export, export-chart, copy.</translation>
    </message>
    <message>
        <source>copy needs --from and --to (not --database).</source>
        <translation>Для copy потрібно вказати --from і --to (а не --database).</translation>
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
        <translation>Команди:
  (немає)   Відкрити вікно з базою записів.
  init      Створити порожню базу записів або, з --demo, базу
            з демонстраційними записами. Наявний файл не змінює.
  summary   Вивести підсумки участі в навчанні для запису у форматі JSON.
  check     Перевірити цілісність бази записів, посилання та версію схеми.
  import ФАЙЛ.csv
            Імпортувати дані про участь у навчанні з файлу CSV: усе
            або нічого.
  export    Записати дані про участь у форматі CSV (формат імпорту) або
            всі записи з їхніми джерелами у форматі JSON.
  export-chart
            Записати діаграму участі запису в навчанні у форматі PNG, JPEG,
            SVG або PDF (за розширенням --output). Дисплей не потрібен.
  copy      Скопіювати всю базу записів з одного файлу чи сервера (--from)
            у новий файл чи порожню базу даних на сервері (--to)
            і порівняти їхні підсумки.

База записів — це файл SQLite або адреса сервера
postgresql://user@host:port/dbname; пароль береться з адреси,
зі змінної PGPASSWORD, з файлу паролів (PGPASSFILE, ~/.pgpass)
або вводиться на запит.

Код завершення: 0 — успіх, 1 — помилка, 2 — неправильне використання.
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>%1: integrity and references kept by the server, schema version %2.</source>
        <translation>%1: цілісність і посилання забезпечує сервер, версія схеми %2.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3.</source>
        <translation>Скопійовано %1 у %2: %3.</translation>
    </message>
    <message>
        <source>The summaries match.</source>
        <translation>Підсумки збігаються.</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Під’єднання до сервера</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запам’ятати пароль у системному сховищі паролів</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>якщо порожньо — з PGPASSWORD або ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Під’&amp;єднатися</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адреса: %1</translation>
    </message>
</context>
<context>
    <name>liaison::CountryList</name>
    <message>
        <source>the embedded country list %1 is missing</source>
        <translation>вбудований список країн %1 відсутній</translation>
    </message>
</context>
<context>
    <name>liaison::CountryNames</name>
    <message>
        <source>Andorra</source>
        <translation>Андорра</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Об’єднані Арабські Емірати</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Афганістан</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Антигуа і Барбуда</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Ангілья</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Албанія</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Вірменія</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Ангола</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Антарктида</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Аргентина</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Американське Самоа</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрія</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Австралія</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Аруба</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Аландські острови</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Боснія і Герцеговина</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Барбадос</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Бангладеш</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгія</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Буркіна-Фасо</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгарія</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Бахрейн</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Бурунді</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Бенін</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Сен-Бартельмі</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Бермудські острови</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Бруней</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Болівія</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Бонайре, Сінт-Естатіус і Саба</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Бразилія</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Багамські острови</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Бутан</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Острів Буве</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Ботсвана</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Білорусь</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Беліз</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Кокосові (Кілінг) острови</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Конго, демократична республіка</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Центральноафриканська Республіка</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Конго</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцарія</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Кот-д&apos;Івуар</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Острови Кука</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Чилі</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Камерун</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Колумбія</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Коста-Рика</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Куба</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Кабо-Верде</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Кюрасао</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Острів Різдва</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Кіпр</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Джибуті</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Данія</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Домініка</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Домініканська республіка</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Алжир</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Еквадор</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Естонія</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Єгипет</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Західна Сахара</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Еритрея</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Іспанія</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Ефіопія</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Фінляндія</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Фіджі</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Фолклендські острови (Британія)</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Мікронезія, федеративні штати</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Фарерські острови</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франція</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Габон</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Гренада</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузія</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Французька Гвіана</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Острів Гернсі</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Гана</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Гібралтар</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Ґренландія</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Гамбія</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Гвінея</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Гваделупа</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Екваторіальна Гвінея</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Греція</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Південна Джорджія та Південні Сандвічеві острови</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Гватемала</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Гуам</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Гвінея-Бісау</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Гаяна</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Гонконг</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Острів Герд і острови Макдональд</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Гондурас</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватія</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Гаїті</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Угорщина</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Індонезія</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ірландія</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Ізраїль</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Острів Мен</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Індія</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Британська територія в Індійському океані</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ірак</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Іран</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Ісландія</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Італія</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Джерсі</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Ямайка</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Йорданія</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Японія</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Кенія</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Киргизстан</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Камбоджа</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Кірибаті</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Коморські острови</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Сент-Кіттс і Невіс</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Північна Корея</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Південна Корея</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Кайманові острови</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Лаос</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Ліван</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Сент-Люсія</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Ліхтенштейн</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Шрі-Ланка</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Ліберія</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Лесото</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Люксембург</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвія</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Лівія</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Марокко</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Монако</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Чорногорія</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Сен-Мартен (французька частина)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Мадагаскар</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Маршаллові острови</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Північна Македонія</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Малі</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>М’янма</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголія</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Макао</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Північні Маріанські Острови</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Мартиніка</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Мавританія</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Монтсеррат</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Мальта</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Маврикій</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Мальдіви</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Малаві</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Малайзія</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Мозамбік</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Намібія</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Нова Каледонія</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Нігер</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Острів Норфолк</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Нігерія</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Нікарагуа</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нідерланди</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегія</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>науру</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Ніуе</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Нова Зеландія</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Оман</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Панама</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Перу</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Французька Полінезія</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Папуа Нова Гвінея</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Філіппіни</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Сен-П&apos;єр і Мікелон</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Піткерн</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Пуерто-Рико</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Палестина, Держава</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Португалія</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Палау</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Парагвай</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Катар</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Реюньйон</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербія</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Російська Федерація</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Руанда</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудівська Аравія</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Соломонові Острови</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Сейшели</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеція</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Сінгапур</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Острови Святої Єлени, Вознесіння і Тристан-да-Кунья</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словенія</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Острови Свальбард і Ян Маєн</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Сьєрра-Леоне</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Сан-Марино</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Сенегал</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Сомалі</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Суринам</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Південний Судан</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Сан-Томе і Принсіпі</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Сальвадор</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Сінт-Мартен (голландська частина)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирія</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Есватіні</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Острови Теркс і Кайкос</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Чад</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Французькі Південні Території</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Того</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Таїланд</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>токелау</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Східний Тимор</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменістан</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Туніс</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Тонга</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Туреччина</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Тринідад і Тобаго</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>тувалу</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Тайвань</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Танзанія</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Уганда</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Зовнішні малі острови США</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Уругвай</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Святий Престол (Ватикан, Місто-Держава)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Сент-Вінсент і Гренадини</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Венесуела</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Віргінські острови (Британія)</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Віргінські острови (США)</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>В&apos;єтнам</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Вануату</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Волліс і Футуна</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Самоа</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Ємен</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Майотта</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Південна Африка</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Замбія</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Зімбабве</translation>
    </message>
</context>
<context>
    <name>liaison::CreateRecordCommand</name>
    <message>
        <source>Create agency %1</source>
        <extracomment>An undo step; %1 is the new agency&apos;s acronym or name</extracomment>
        <translation>створення установи %1</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <extracomment>An undo step; %1 is the new project&apos;s acronym or name</extracomment>
        <translation>створення проєкту %1</translation>
    </message>
    <message>
        <source>Create event %1</source>
        <extracomment>An undo step; %1 is the new event&apos;s title</extracomment>
        <translation>створення заходу %1</translation>
    </message>
    <message>
        <source>Create person %1</source>
        <extracomment>An undo step; %1 is the new person&apos;s name</extracomment>
        <translation>створення запису про особу %1</translation>
    </message>
    <message>
        <source>Create agreement %1</source>
        <extracomment>An undo step; %1 is the new agreement&apos;s subject</extracomment>
        <translation>створення угоди %1</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <extracomment>An undo step; %1 is the new source&apos;s title</extracomment>
        <translation>створення джерела %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <extracomment>An undo step; %1 is the new record&apos;s name</extracomment>
        <translation>створення запису %1</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>файл містить текст у кодуванні UTF-16; збережіть його в кодуванні UTF-8</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (byte %1); save the file as UTF-8</source>
        <translation>рядок не є коректним текстом UTF-8 (байт %1); збережіть файл у кодуванні UTF-8</translation>
    </message>
    <message>
        <source>the quote that opens a field on this line is never closed (a missing &quot; or a quote inside a field that was not written &quot;&quot;)</source>
        <translation>лапки, що відкривають поле в цьому рядку, ніде не закрито (бракує &quot; або лапки всередині поля не записано як &quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>текст після закривальних лапок поля; лапки всередині поля в лапках записують двічі (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>the file is not a database</source>
        <translation>файл не є базою даних</translation>
    </message>
    <message>
        <source>the database file is damaged (malformed)</source>
        <translation>файл бази даних пошкоджено (неправильна структура)</translation>
    </message>
    <message>
        <source>the record base is locked by another program</source>
        <translation>базу записів заблоковано іншою програмою</translation>
    </message>
    <message>
        <source>the disk or the record base is full</source>
        <translation>диск або база записів переповнені</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не встановлено.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдається відкрити %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>No record base at %1.</source>
        <translation>За шляхом %1 немає бази записів.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Liaison record base. The file was not changed.</source>
        <translation>%1 — база даних SQLite, але не база записів Liaison. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>Файл %1 уже існує; його залишено без змін.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдається створити теку %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>рядок %1 таблиці %2 посилається на відсутній рядок таблиці %3</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s quick check: %2). The file was not changed.</source>
        <translation>Файл %1 пошкоджено (швидка перевірка SQLite: %2). Файл не змінено.</translation>
    </message>
    <message>
        <source>Cannot open %1: its latest changes are in %2, which can only be read with write access to the folder %3. The file was not changed.</source>
        <translation>Не вдається відкрити %1: останні зміни бази записів містяться у файлі %2, який можна прочитати лише з правом запису до теки %3. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to this file.</source>
        <translation>Базу записів %1 відкрито лише для читання: у вас немає права запису до цього файлу.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to its folder %2, where SQLite keeps its working files while writing.</source>
        <translation>Базу записів %1 відкрито лише для читання: у вас немає права запису до її теки %2, де SQLite зберігає робочі файли під час запису.</translation>
    </message>
    <message>
        <source>%1 is open read-only: it was written by a newer Liaison (schema version %2; this version knows up to %3).</source>
        <translation>Базу записів %1 відкрито лише для читання: її записано новішою версією Liaison (версія схеми %2; ця версія програми підтримує схеми до версії %3).</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>Базу записів %1 відкрито лише для читання.</translation>
    </message>
    <message>
        <source>your database role may not do this (%1)</source>
        <translation>ваша роль у базі даних не має права на цю дію (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>з’єднання із сервером втрачено (%1)</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не встановлено.</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 вимагає пароль.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1: ім’я користувача або пароль відхилено.</translation>
    </message>
    <message>
        <source>The server has no database %1 (%2).</source>
        <translation>На сервері немає бази даних %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не вдається під’єднатися до %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but it is not a Liaison record base. Nothing was changed.</source>
        <translation>База даних %1 містить таблиці, але не є базою записів Liaison. Нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 holds no record base yet.</source>
        <translation>База даних %1 ще не містить бази записів.</translation>
    </message>
    <message>
        <source>%1 already holds tables; it was left untouched.</source>
        <translation>База даних %1 уже містить таблиці; її залишено без змін.</translation>
    </message>
    <message>
        <source>%1 is open read-only: the database role %2 may read it but not change it.</source>
        <translation>Базу записів %1 відкрито лише для читання: роль бази даних %2 має право читати її, але не змінювати.</translation>
    </message>
</context>
<context>
    <name>liaison::DatabaseLocation</name>
    <message>
        <source>No record base given: name an SQLite file or a postgresql:// address</source>
        <translation>Не вказано базу записів: укажіть файл SQLite або адресу postgresql://</translation>
    </message>
    <message>
        <source>Unknown kind of address &quot;%1://&quot;: Liaison opens SQLite files and postgresql:// addresses</source>
        <translation>Невідомий тип адреси «%1://»: Liaison відкриває файли SQLite та адреси postgresql://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address is not a valid percent-encoded character</source>
        <translation>«%1» в адресі не є коректним символом у відсотковому кодуванні</translation>
    </message>
    <message>
        <source>No host name after &quot;@&quot;: write postgresql://USER@HOST/DATABASE</source>
        <translation>Після «@» немає імені хоста: напишіть postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in brackets: write an IPv6 address as [::1] or [::1]:5432</source>
        <translation>«%1» не є хостом у квадратних дужках: запишіть адресу IPv6 як [::1] або [::1]:5432</translation>
    </message>
    <message>
        <source>Several servers (&quot;%1&quot;) are not supported: name one host</source>
        <translation>Кілька серверів («%1») не підтримуються: укажіть один хост</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the connection parameter %2</source>
        <translation>«%1» не є допустимим значенням параметра з’єднання %2</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot;</source>
        <translation>Невідомий параметр з’єднання «%1»</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Порт «%1» не є числом від 1 до 65535</translation>
    </message>
</context>
<context>
    <name>liaison::DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Delete ASCCA&quot;</extracomment>
        <translation>видалення %1</translation>
    </message>
</context>
<context>
    <name>liaison::DemoDatabase</name>
    <message>
        <source>demo records, %1: %2</source>
        <translation>демонстраційні записи, %1: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; names an unknown record &quot;%2&quot;</source>
        <translation>поле «%1» посилається на невідомий запис «%2»</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;</source>
        <translation>невідома секція «%1»</translation>
    </message>
    <message>
        <source>the embedded demo records %1 are missing</source>
        <translation>вбудовані демонстраційні записи %1 відсутні</translation>
    </message>
    <message>
        <source>the embedded demo records are not valid JSON at offset %1: %2</source>
        <translation>вбудовані демонстраційні записи не є коректним JSON (зміщення %1): %2</translation>
    </message>
</context>
<context>
    <name>liaison::DetailPane</name>
    <message>
        <source>agency</source>
        <comment>kind of record</comment>
        <translation>установа</translation>
    </message>
    <message>
        <source>project or programme</source>
        <comment>kind of record</comment>
        <translation>проєкт або програма</translation>
    </message>
    <message>
        <source>event</source>
        <comment>kind of record</comment>
        <translation>захід</translation>
    </message>
    <message>
        <source>person</source>
        <comment>kind of record</comment>
        <translation>особа</translation>
    </message>
    <message>
        <source>agreement</source>
        <comment>kind of record</comment>
        <translation>угода</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of record</comment>
        <translation>країна</translation>
    </message>
    <message>
        <source>source</source>
        <comment>kind of record</comment>
        <translation>джерело</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>– %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln учасник</numerusform>
            <numerusform>%Ln учасники</numerusform>
            <numerusform>%Ln учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>illustrative sample</source>
        <translation>ілюстративний приклад</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln countries</source>
        <translation>
            <numerusform>понад %Ln країну</numerusform>
            <numerusform>понад %Ln країни</numerusform>
            <numerusform>понад %Ln країн</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>party with partner</comment>
        <translation>%1 і %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>підписано: %1</translation>
    </message>
    <message>
        <source>Illustrative sample — not a real record</source>
        <translation>Ілюстративний приклад — не реальний запис</translation>
    </message>
    <message>
        <source>This record was made up to make browsing and charts meaningful; no real source states it.</source>
        <translation>Цей запис вигадано, щоб перегляд і діаграми були змістовними; жодне реальне джерело цього не містить.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Базу записів не відкрито</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Не вдається підрахувати записи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln установа</numerusform>
            <numerusform>%Ln установи</numerusform>
            <numerusform>%Ln установ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln проєкт або програма</numerusform>
            <numerusform>%Ln проєкти та програми</numerusform>
            <numerusform>%Ln проєктів і програм</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln захід</numerusform>
            <numerusform>%Ln заходи</numerusform>
            <numerusform>%Ln заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln особа</numerusform>
            <numerusform>%Ln особи</numerusform>
            <numerusform>%Ln осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants in training events recorded.</source>
        <translation>
            <numerusform>Усього учасників навчальних заходів у записах: %Ln.</numerusform>
            <numerusform>Усього учасників навчальних заходів у записах: %Ln.</numerusform>
            <numerusform>Усього учасників навчальних заходів у записах: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>published article</source>
        <translation>опублікована стаття</translation>
    </message>
    <message>
        <source>official record</source>
        <translation>офіційний документ</translation>
    </message>
    <message>
        <source>illustrative sample, not a real record</source>
        <translation>ілюстративний приклад, не реальний запис</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln запис</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>Цього запису більше не існує</translation>
    </message>
    <message>
        <source>It may have been deleted, or another record base was opened.</source>
        <translation>Можливо, його видалено або відкрито іншу базу записів.</translation>
    </message>
    <message>
        <source>This record could not be read</source>
        <translation>Не вдалося прочитати цей запис</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входить до</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Sub-agencies</source>
        <translation>Підпорядковані установи</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Проєкти та програми</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Outside any project</source>
        <translation>Поза проєктами</translation>
    </message>
    <message>
        <source>Participants by project</source>
        <translation>Учасники за проєктами</translation>
    </message>
    <message>
        <source>%1 in events of %2, as reported by %3</source>
        <translation>%1 у заходах %2, за даними %3</translation>
    </message>
    <message>
        <source>Reported totals</source>
        <translation>Підсумки за даними джерел</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, including the projects under it</source>
        <translation>
            <numerusform>%Ln учасник, включно з підпроєктами</numerusform>
            <numerusform>%Ln учасники, включно з підпроєктами</numerusform>
            <numerusform>%Ln учасників, включно з підпроєктами</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects under it</source>
        <translation>Підпроєкти</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>%1 of %2, as reported by %3</source>
        <translation>%1 від %2, за даними %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Організатор</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Countries that attended</source>
        <translation>Країни-учасниці</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Секції</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>Установи-учасниці</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Секція: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Доповіді</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Events held here</source>
        <translation>Заходи, проведені в країні</translation>
    </message>
    <message>
        <source>Events its delegations attended</source>
        <translation>Заходи за участю її делегацій</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln роль установ у проєктах</numerusform>
            <numerusform>%Ln ролі установ у проєктах</numerusform>
            <numerusform>%Ln ролей установ у проєктах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries attending events</source>
        <translation>
            <numerusform>%Ln країна-учасниця заходів</numerusform>
            <numerusform>%Ln країни-учасниці заходів</numerusform>
            <numerusform>%Ln країн-учасниць заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln секція</numerusform>
            <numerusform>%Ln секції</numerusform>
            <numerusform>%Ln секцій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln доповідь</numerusform>
            <numerusform>%Ln доповіді</numerusform>
            <numerusform>%Ln доповідей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation counts</source>
        <translation>
            <numerusform>%Ln запис про кількість учасників</numerusform>
            <numerusform>%Ln записи про кількість учасників</numerusform>
            <numerusform>%Ln записів про кількість учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln підсумок за даними джерел</numerusform>
            <numerusform>%Ln підсумки за даними джерел</numerusform>
            <numerusform>%Ln підсумків за даними джерел</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Посилаються на джерело</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln records of %1 are listed.</source>
        <translation>
            <numerusform>Показано перший %Ln запис із %1.</numerusform>
            <numerusform>Показано перші %Ln записи з %1.</numerusform>
            <numerusform>Показано перші %Ln записів із %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Відомості про запис</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln are shown.</source>
        <translation>
            <numerusform>Показано перші %1 з %Ln.</numerusform>
            <numerusform>Показано перші %1 з %Ln.</numerusform>
            <numerusform>Показано перші %1 з %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показати всі</translation>
    </message>
</context>
<context>
    <name>liaison::EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>редагування %1</translation>
    </message>
</context>
<context>
    <name>liaison::ImportDialog</name>
    <message>
        <source>Import Participation</source>
        <translation>Імпорт даних про участь</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation>Перші &amp;рядки:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Проблеми:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Проблеми, виявлені у файлі</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт файлу %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Імпорт скасовано; нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problems in %1.</source>
        <translation>
            <numerusform>Нічого не імпортовано: у %1 виявлено %n проблему.</numerusform>
            <numerusform>Нічого не імпортовано: у %1 виявлено %n проблеми.</numerusform>
            <numerusform>Нічого не імпортовано: у %1 виявлено %n проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>%1 неможливо імпортувати: виявлено %n проблему. Доки все не буде виправлено, нічого не буде записано.</numerusform>
            <numerusform>%1 неможливо імпортувати: виявлено %n проблеми. Доки все не буде виправлено, нічого не буде записано.</numerusform>
            <numerusform>%1 неможливо імпортувати: виявлено %n проблем. Доки все не буде виправлено, нічого не буде записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</source>
        <translation>
            <numerusform>%1: готовий до імпорту %Ln рядок даних про участь у навчанні. Файл імпортується цілком або не імпортується нічого.</numerusform>
            <numerusform>%1: готові до імпорту %Ln рядки даних про участь у навчанні. Файл імпортується цілком або не імпортується нічого.</numerusform>
            <numerusform>%1: готові до імпорту %Ln рядків даних про участь у навчанні. Файл імпортується цілком або не імпортується нічого.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>сховище паролів не відповіло вчасно</translation>
    </message>
    <message>
        <source>The system keychain could not read the password of %1: %2</source>
        <translation>Системному сховищу паролів не вдалося прочитати пароль для %1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1: %2</source>
        <translation>Системному сховищу паролів не вдалося зберегти пароль для %1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password of %1: %2</source>
        <translation>Системному сховищу паролів не вдалося видалити пароль для %1: %2</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison record bases (*.sqlite *.db);;All files (*)</source>
        <translation>Бази записів Liaison (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Could not read the record base: %1</source>
        <translation>Не вдалося прочитати базу записів: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавні</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Перехід</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;New Record Base…</source>
        <translation>&amp;Створити базу записів…</translation>
    </message>
    <message>
        <source>Create an empty record base</source>
        <translation>Створити порожню базу записів</translation>
    </message>
    <message>
        <source>&amp;Open Record Base…</source>
        <translation>&amp;Відкрити базу записів…</translation>
    </message>
    <message>
        <source>Open another record base</source>
        <translation>Відкрити іншу базу записів</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Search the record base</source>
        <translation>Шукати в базі записів</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the previous record</source>
        <translation>Назад до попереднього запису</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперед</translation>
    </message>
    <message>
        <source>Forward to the next record</source>
        <translation>Вперед до наступного запису</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Головна</translation>
    </message>
    <message>
        <source>The record base overview</source>
        <translation>Огляд бази записів</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Панель інструментів</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Рядок &amp;стану</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;На весь екран</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;Про Liaison</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Search records (Ctrl+F)</source>
        <translation>Пошук записів (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Пошук записів</translation>
    </message>
    <message>
        <source>Agencies and projects</source>
        <translation>Установи та проєкти</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Record browser</source>
        <translation>Перегляд записів</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The demo record base could not be created.

%1</source>
        <translation>Не вдалося створити демонстраційну базу записів.

%1</translation>
    </message>
    <message>
        <source>The record base could not be opened.

%1</source>
        <translation>Не вдалося відкрити базу записів.

%1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Record Base</source>
        <translation>Відкрити базу записів</translation>
    </message>
    <message>
        <source>No recent record bases</source>
        <translation>Немає недавніх баз записів</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>Базу записів не відкрито</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Не вдається підрахувати записи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n установа</numerusform>
            <numerusform>%n установи</numerusform>
            <numerusform>%n установ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects and programmes</source>
        <translation>
            <numerusform>%n проєкт або програма</numerusform>
            <numerusform>%n проєкти та програми</numerusform>
            <numerusform>%n проєктів і програм</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n захід</numerusform>
            <numerusform>%n заходи</numerusform>
            <numerusform>%n заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
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
        <translation>Помилка пошуку: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: title · context</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No records match &quot;%1&quot;</source>
        <translation>Немає записів, що відповідають «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n records found</source>
        <translation>
            <numerusform>Знайдено %n запис</numerusform>
            <numerusform>Знайдено %n записи</numerusform>
            <numerusform>Знайдено %n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>New Record Base</source>
        <translation>Нова база записів</translation>
    </message>
    <message>
        <source>The record base could not be created.

%1</source>
        <translation>Не вдалося створити базу записів.

%1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>Про Liaison</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Експортувати діаграму…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG or PDF</source>
        <translation>Зберегти діаграму у форматі PNG, JPEG, SVG або PDF</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Копіювати &amp;діаграму</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Копіювати діаграму в буфер обміну як зображення</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Діаграма</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Діаграма</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Немає діаграми для експорту.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Зображення JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Векторний рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Експортувати діаграму</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Діаграму збережено у файлі %1</translation>
    </message>
    <message>
        <source>There is no chart to copy.</source>
        <translation>Немає діаграми для копіювання.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Діаграму скопійовано в буфер обміну</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln захід</numerusform>
            <numerusform>%Ln заходи</numerusform>
            <numerusform>%Ln заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation records</source>
        <translation>
            <numerusform>%Ln запис про участь</numerusform>
            <numerusform>%Ln записи про участь</numerusform>
            <numerusform>%Ln записів про участь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln роль установ у проєктах</numerusform>
            <numerusform>%Ln ролі установ у проєктах</numerusform>
            <numerusform>%Ln ролей установ у проєктах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln секція</numerusform>
            <numerusform>%Ln секції</numerusform>
            <numerusform>%Ln секцій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln доповідь</numerusform>
            <numerusform>%Ln доповіді</numerusform>
            <numerusform>%Ln доповідей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attending countries</source>
        <translation>
            <numerusform>%Ln країна-учасниця</numerusform>
            <numerusform>%Ln країни-учасниці</numerusform>
            <numerusform>%Ln країн-учасниць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln підсумок за даними джерел</numerusform>
            <numerusform>%Ln підсумки за даними джерел</numerusform>
            <numerusform>%Ln підсумків за даними джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln особа</numerusform>
            <numerusform>%Ln особи</numerusform>
            <numerusform>%Ln осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln установа</numerusform>
            <numerusform>%Ln установи</numerusform>
            <numerusform>%Ln установ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln проєкт або програма</numerusform>
            <numerusform>%Ln проєкти та програми</numerusform>
            <numerusform>%Ln проєктів і програм</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records</source>
        <translation>
            <numerusform>%Ln інший запис</numerusform>
            <numerusform>%Ln інші записи</numerusform>
            <numerusform>%Ln інших записів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Participation…</source>
        <translation>&amp;Імпортувати дані про участь…</translation>
    </message>
    <message>
        <source>Import training participation from a CSV file</source>
        <translation>Імпортувати дані про участь у навчанні з файлу CSV</translation>
    </message>
    <message>
        <source>Export &amp;Records…</source>
        <translation>Експортувати &amp;записи…</translation>
    </message>
    <message>
        <source>Save the records as JSON, or the participation as CSV</source>
        <translation>Зберегти записи у форматі JSON або дані про участь у форматі CSV</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;Новий запис</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>new record of a kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Редагувати запис…</translation>
    </message>
    <message>
        <source>Change the fields of the record shown</source>
        <translation>Змінити поля показаного запису</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Видалити запис…</translation>
    </message>
    <message>
        <source>Delete the record shown, after asking</source>
        <translation>Видалити показаний запис (після підтвердження)</translation>
    </message>
    <message>
        <source>Import Participation</source>
        <translation>Імпорт даних про участь</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows from %1.</source>
        <translation>
            <numerusform>Імпортовано %Ln рядок із %1.</numerusform>
            <numerusform>Імпортовано %Ln рядки з %1.</numerusform>
            <numerusform>Імпортовано %Ln рядків із %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training participation, CSV (*.csv)</source>
        <translation>Участь у навчанні, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every record, JSON (*.json)</source>
        <translation>Усі записи, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Експортувати записи</translation>
    </message>
    <message>
        <source>Records saved as %1</source>
        <translation>Записи збережено у файлі %1</translation>
    </message>
    <message>
        <source>New Record</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <source>Select a record to edit.</source>
        <translation>Виберіть запис для редагування.</translation>
    </message>
    <message>
        <source>Edit Record</source>
        <translation>Редагувати запис</translation>
    </message>
    <message>
        <source>Select a record to delete.</source>
        <translation>Виберіть запис для видалення.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Видалити %1?</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>Разом із %1 буде видалено: %2.</translation>
    </message>
    <message>
        <source>These will no longer refer to it: %1.</source>
        <translation>Більше не посилатимуться на цей запис: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Цю дію можна скасувати командою Редагування → Скасувати.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Видалити запис</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>The record base could not be opened.</source>
        <translation>Не вдалося відкрити базу записів.</translation>
    </message>
    <message>
        <source>There is no record base at %1.</source>
        <translation>За шляхом %1 немає бази записів.</translation>
    </message>
    <message>
        <source>Create an empty record base there?</source>
        <translation>Створити за цим шляхом порожню базу записів?</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Ство&amp;рити</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Відкрити іншу…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>Створити &amp;нову…</translation>
    </message>
    <message>
        <source>Read-only: %1 Records can be browsed, charted and exported, but not edited or imported.</source>
        <translation>Лише читання: %1 Записи можна переглядати, будувати за ними діаграми та експортувати, але не можна редагувати чи імпортувати.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Browse international cooperation records: agencies, projects and programmes, events, and training participation.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo records.&lt;/b&gt; The facts come from the article “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. The demo also holds an illustrative sample, marked as such, that is not a real record. Country names: ISO 3166-1, from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Перегляд записів про міжнародну співпрацю: установи, проєкти та програми, заходи й участь у навчанні.&lt;/p&gt;&lt;p&gt;Ліцензія: GNU General Public License версії 3 або пізнішої.&lt;br&gt;Зібрано з Qt %2 (використовується Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Демонстраційні записи.&lt;/b&gt; Факти взято зі статті “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. Крім того, демонстраційні дані містять ілюстративний приклад, позначений як такий, — це не реальний запис. Назви країн: ISO 3166-1, із пакета iso-codes проєкту Debian.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Під’єднатися до сервера…</translation>
    </message>
    <message>
        <source>Open a record base on a PostgreSQL server</source>
        <translation>Відкрити базу записів на сервері PostgreSQL</translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation>Перевірка %1 на пошкодження…</translation>
    </message>
</context>
<context>
    <name>liaison::ParticipationImport</name>
    <message>
        <source>no file to import was given</source>
        <translation>не вказано файл для імпорту</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>такого файлу не існує</translation>
    </message>
    <message>
        <source>a folder, not a CSV file</source>
        <translation>це тека, а не файл CSV</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не вдається прочитати файл: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns and then one line per event and agency</source>
        <translation>файл порожній; потрібен рядок заголовка з назвами стовпців, а після нього — по одному рядку на кожну пару «захід і установа»</translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation>у файлі є заголовок, але немає рядків для імпорту</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>стовпець %1 заголовка не має назви</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are: %2</source>
        <translation>невідомий стовпець %1; допустимі стовпці: %2</translation>
    </message>
    <message>
        <source>unknown column %1 (did you mean %2?); the columns are: %3</source>
        <translation>невідомий стовпець %1 (можливо, ви мали на увазі %2?); допустимі стовпці: %3</translation>
    </message>
    <message>
        <source>column %1 appears twice (columns %2 and %3)</source>
        <translation>стовпець %1 трапляється двічі (стовпці %2 і %3)</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>бракує обов’язкового стовпця %1</translation>
    </message>
    <message>
        <source>cannot read the record base %1: %2</source>
        <translation>не вдається прочитати базу записів %1: %2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (is a field with a delimiter not in quotes?)</source>
        <translation>кількість полів у рядку — %1, а в заголовку — %2 (можливо, поле з роздільником не взято в лапки?)</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>порожнє, але це обов’язкове поле</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 не є жодним зі значень %2</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 не є датою у форматі YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is before the start_date %2</source>
        <translation>%1 раніше за start_date %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 не є кодом країни ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 не є цілим числом, не меншим за 0</translation>
    </message>
    <message>
        <source>%1 is the name of several projects in the record base; give the acronym</source>
        <translation>%1 — назва кількох проєктів у базі записів; вкажіть абревіатуру</translation>
    </message>
    <message>
        <source>%1 is the name of several agencies in the record base; give the acronym</source>
        <translation>%1 — назва кількох установ у базі записів; вкажіть абревіатуру</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the new agency %3 on line %4</source>
        <translation>%1 відрізняється від значення, указаного для нової установи %3 у рядку %4: %2</translation>
    </message>
    <message>
        <source>%1 differs from the country of %2 in the record base (%3)</source>
        <translation>%1 відрізняється від країни установи %2 у базі записів (%3)</translation>
    </message>
    <message>
        <source>several events of %1 named %2 start on %3 in the record base; the import cannot tell which one</source>
        <translation>у базі записів кілька заходів %1 з назвою %2 починаються %3; імпорт не може визначити, який саме</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the same event on line %3</source>
        <translation>%1 відрізняється від значення, указаного для того самого заходу в рядку %3: %2</translation>
    </message>
    <message>
        <source>%1 differs from the event&apos;s %2 in the record base (%3); the import does not change events</source>
        <translation>%1 відрізняється від значення %2 цього заходу в базі записів (%3); імпорт не змінює заходи</translation>
    </message>
    <message>
        <source>%1 is not an agency of the record base or of this file</source>
        <translation>%1 не є установою ні з бази записів, ні з цього файлу</translation>
    </message>
    <message>
        <source>the event %1 (%2, %3) and the agency %4 are already on line %5; give each participation once</source>
        <translation>захід %1 (%2, %3) і установа %4 уже є в рядку %5; кожну участь слід указувати лише один раз</translation>
    </message>
    <message>
        <source>%1 is not in the record base; to create it, give its agency_country</source>
        <translation>%1 немає в базі записів; щоб створити цю установу, вкажіть її agency_country</translation>
    </message>
    <message>
        <source>empty, but the event %1 is not in the record base and a new event needs a kind: %2</source>
        <translation>порожнє, але заходу %1 немає в базі записів, а для нового заходу потрібен тип: %2</translation>
    </message>
    <message>
        <source>the event %1 is not in the record base and a new event needs a kind: add an event_kind column (%2)</source>
        <translation>заходу %1 немає в базі записів, а для нового заходу потрібен тип: додайте стовпець event_kind (%2)</translation>
    </message>
    <message>
        <source>cannot write to the record base %1: %2</source>
        <translation>не вдається записати дані в базу записів %1: %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Імпорт файлу %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed.</source>
        <translation>
            <numerusform>Не показано ще %n проблему.</numerusform>
            <numerusform>Не показано ще %n проблеми.</numerusform>
            <numerusform>Не показано ще %n проблем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::PgPassFile</name>
    <message>
        <source>The password file &quot;%1&quot; is ignored: it is not a plain file</source>
        <translation>Файл паролів «%1» проігноровано: це не звичайний файл</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is ignored: its group or others may read it; its permissions should be u=rw (0600) or less</source>
        <translation>Файл паролів «%1» проігноровано: його можуть читати група або інші користувачі; права доступу мають бути u=rw (0600) або суворіші</translation>
    </message>
</context>
<context>
    <name>liaison::RecordBaseCopy</name>
    <message>
        <source>%1 has no column %2 to copy into.</source>
        <translation>У %1 немає стовпця %2, у який можна копіювати дані.</translation>
    </message>
    <message>
        <source>%1 already holds records; nothing was copied.</source>
        <translation>%1 уже містить записи; нічого не скопійовано.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Liaison cannot copy: %2.</source>
        <translation>%1 містить таблиці, які ця версія Liaison не може скопіювати: %2.</translation>
    </message>
    <message>
        <source>The summary of %1 differs in the copy: %2.</source>
        <translation>Підсумки для %1 у копії відрізняються: %2.</translation>
    </message>
    <message>
        <source>The search index holds %1 rows in %2 but %3 in the copy.</source>
        <translation>Кількість рядків пошукового індексу: %1 у %2, але %3 у копії.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordCommand</name>
    <message>
        <source>The record base refused the change.</source>
        <translation>База записів відхилила зміну.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordEditor</name>
    <message>
        <source>the table %1 has a foreign key of several columns, which deleting records does not support</source>
        <translation>таблиця %1 має зовнішній ключ із кількох стовпців, а такі ключі під час видалення записів не підтримуються</translation>
    </message>
    <message>
        <source>Countries are a fixed list and cannot be edited.</source>
        <translation>Країни — це фіксований список, їх не можна редагувати.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be edited.</source>
        <translation>Записи цього типу не можна редагувати.</translation>
    </message>
    <message>
        <source>There is no field “%1” in this kind of record.</source>
        <translation>У записах цього типу немає поля «%1».</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Поле «%1» обов’язкове.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by %3 (%4).</source>
        <translation>%1 «%2» уже використовується: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: «%2» не є датою; запишіть її у форматі YYYY, YYYY-MM або YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more; “%2” is not.</source>
        <translation>%1: потрібне ціле число, не менше за 0; «%2» таким не є.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: «%2» не є жодним із допустимих варіантів.</translation>
    </message>
    <message>
        <source>%1: there is no country with the code “%2”.</source>
        <translation>%1: немає країни з кодом «%2».</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record id.</source>
        <translation>%1: «%2» не є ідентифікатором запису.</translation>
    </message>
    <message>
        <source>%1: there is no agency with the id %2.</source>
        <translation>%1: немає установи з ідентифікатором %2.</translation>
    </message>
    <message>
        <source>%1: there is no programme or project with the id %2.</source>
        <translation>%1: немає програми або проєкту з ідентифікатором %2.</translation>
    </message>
    <message>
        <source>%1: there is no source with the id %2.</source>
        <translation>%1: немає джерела з ідентифікатором %2.</translation>
    </message>
    <message>
        <source>%1: there is no record with the id %2.</source>
        <translation>%1: немає запису з ідентифікатором %2.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://; “%2” is not.</source>
        <translation>%1: потрібна вебадреса, що починається з http:// або https://; «%2» такою не є.</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2.</source>
        <translation>Дата завершення %1 передує даті початку %2.</translation>
    </message>
    <message>
        <source>End date %1 is less precise than the start date %2 in the same period: give the end date at least as precisely.</source>
        <translation>Дата завершення %1 менш точна, ніж дата початку %2 у тому самому періоді: вкажіть дату завершення щонайменше з такою самою точністю.</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>Установа не може бути вищестоящою для самої себе.</translation>
    </message>
    <message>
        <source>A programme or project cannot be its own parent.</source>
        <translation>Програма або проєкт не може бути власним вищим рівнем.</translation>
    </message>
    <message>
        <source>%1 is under this agency: as its parent it would make a cycle.</source>
        <translation>%1 входить до складу цієї установи, тому не може бути для неї вищестоящою: утворився б цикл.</translation>
    </message>
    <message>
        <source>%1 is under this programme or project: as its parent it would make a cycle.</source>
        <translation>%1 входить до цієї програми або проєкту, тому не може бути для них вищим рівнем: утворився б цикл.</translation>
    </message>
    <message>
        <source>An international organisation has no country: leave %1 empty.</source>
        <translation>Міжнародна організація не має країни: залиште поле «%1» порожнім.</translation>
    </message>
    <message>
        <source>An agency of kind “%1” needs a country.</source>
        <translation>Для установи типу «%1» потрібно вказати країну.</translation>
    </message>
    <message>
        <source>An agreement needs an agency or a country as its party.</source>
        <translation>Для угоди потрібно вказати сторону: установу або країну.</translation>
    </message>
    <message>
        <source>Give the partner country, or the number of partner countries.</source>
        <translation>Вкажіть країну-партнера або кількість країн-партнерів.</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 не є ідентифікатором запису.</translation>
    </message>
    <message>
        <source>There is already a record of this kind with the id %1.</source>
        <translation>Запис цього типу з ідентифікатором %1 уже існує.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Запису %1 не існує.</translation>
    </message>
    <message numerus="yes">
        <source>The source “%1” is cited by %n record(s); give them another source before deleting it.</source>
        <translation>
            <numerusform>На джерело «%1» посилається %n запис; щоб видалити джерело, спершу вкажіть там інше.</numerusform>
            <numerusform>На джерело «%1» посилаються %n записи; щоб видалити джерело, спершу вкажіть там інше.</numerusform>
            <numerusform>На джерело «%1» посилаються %n записів; щоб видалити джерело, спершу вкажіть там інше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) still refer to this record, so it cannot be deleted.</source>
        <translation>
            <numerusform>Цей запис неможливо видалити: на нього досі посилається %n інший запис.</numerusform>
            <numerusform>Цей запис неможливо видалити: на нього досі посилаються %n інші записи.</numerusform>
            <numerusform>Цей запис неможливо видалити: на нього досі посилаються %n інших записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1 changed other rows than expected, so nothing was deleted</source>
        <translation>видалення %1 змінило не ті рядки, що очікувалися, тому нічого не видалено</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Немає чого відновлювати.</translation>
    </message>
    <message>
        <source>The snapshot of %1 does not fit this record base.</source>
        <translation>Знімок %1 не відповідає цій базі записів.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>Запис «%1» змінив хтось інший після того, як ви його відкрили, тому ваші зміни не збережено.</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <translation>%1: збережено «%2», ваше «%3»</translation>
    </message>
</context>
<context>
    <name>liaison::RecordExport</name>
    <message>
        <source>%1 at events without a project</source>
        <translation>на заходах без проєкту — %1</translation>
    </message>
    <message>
        <source>%1 at events without a start date of year, month and day</source>
        <translation>на заходах без повної дати початку (рік, місяць і день) — %1</translation>
    </message>
    <message>
        <source>%1 at events whose title is only spaces</source>
        <translation>на заходах, назва яких складається лише з пробілів, — %1</translation>
    </message>
    <message>
        <source>%1 of agencies whose name is only spaces</source>
        <translation>установ, назва яких складається лише з пробілів, — %1</translation>
    </message>
    <message>
        <source>%1 of agencies without a country</source>
        <translation>установ без країни — %1</translation>
    </message>
    <message>
        <source>%1 at events sharing project, title and start date with another</source>
        <translation>на заходах, що збігаються з іншим заходом за проєктом, назвою й датою початку, — %1</translation>
    </message>
    <message>
        <source>%1 of agencies sharing their acronym or name with another agency of the event or of another country</source>
        <translation>установ, абревіатура або назва яких збігається з абревіатурою чи назвою іншої установи того самого заходу або установи іншої країни, — %1</translation>
    </message>
    <message>
        <source>Left out %1 of %2 participation records (%3 participants), which the import format cannot hold: %4.</source>
        <translation>Пропущено записів про участь: %1 із %2 (учасників: %3), бо формат імпорту не може їх вмістити: %4.</translation>
    </message>
    <message>
        <source>Left the organiser empty at %1 events: it takes part in none of the file&apos;s rows, so an import could not create it.</source>
        <translation>Кількість заходів, у яких поле організатора залишено порожнім: %1. Організатор не фігурує в жодному рядку файлу, тому імпорт не зміг би його створити.</translation>
    </message>
    <message>
        <source>Left the end date empty at %1 events: it is only a year or a month.</source>
        <translation>Кількість заходів, у яких дату завершення залишено порожньою: %1. Її вказано лише з точністю до року або місяця.</translation>
    </message>
    <message>
        <source>Cannot write %1: the record base is not open.</source>
        <translation>Не вдається записати %1: базу записів не відкрито.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: reading %2 from %3 failed: %4</source>
        <translation>Не вдається записати %1: не вдалося прочитати %2 з %3: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: reading the participation from %2 failed: %3</source>
        <translation>Не вдається записати %1: не вдалося прочитати дані про участь з %2: %3</translation>
    </message>
</context>
<context>
    <name>liaison::RecordFormDialog</name>
    <message>
        <source>Not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Не дата: напишіть YYYY, YYYY-MM або YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation>Проблема з полем «%1»: %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов’язкове поле</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>The title of the form for a new record; %1 is the kind: &quot;New Agency&quot;</extracomment>
        <translation>Новий запис: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>The title of the form for a record; %1 is its acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>Редагування: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>The label of a required field in a form</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>How to write a date in a form; keep the letters Y, M and D as they are</extracomment>
        <translation>YYYY, YYYY-MM або YYYY-MM-DD</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown in a number field left empty</extracomment>
        <translation>немає</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля, позначені *, обов’язкові.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
</context>
<context>
    <name>liaison::RecordKey</name>
    <message>
        <source>&quot;%1&quot; is not a record: write KIND:KEY (agency, project or event, then an acronym, a name or an id) or &quot;all&quot;</source>
        <translation>«%1» не є записом: напишіть KIND:KEY (agency, project або event, потім абревіатура, назва або ідентифікатор) чи «all»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record: use agency, project or event</source>
        <translation>«%1» не є типом запису: використовуйте agency, project або event</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no record after the colon</source>
        <translation>у «%1» після двокрапки не вказано запис</translation>
    </message>
</context>
<context>
    <name>liaison::RecordSchema</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Абревіатура</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Parent programme or project</source>
        <translation>Програма або проєкт вищого рівня</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Вищестояща установа</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Організатор</translation>
    </message>
    <message>
        <source>Project or programme</source>
        <translation>Проєкт або програма</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Країна-партнер</translation>
    </message>
    <message>
        <source>Partner countries (more than)</source>
        <translation>Кількість країн-партнерів (понад)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата підписання</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Вебадреса</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Угода</translation>
    </message>
</context>
<context>
    <name>liaison::RecordStore</name>
    <message>
        <source>All records</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <source>No %1 &quot;%2&quot; in %3.</source>
        <translation>У %3 немає запису типу %1 «%2».</translation>
    </message>
    <message>
        <source>Several records of kind %1 are named &quot;%2&quot;; use the id instead.</source>
        <translation>Кілька записів типу %1 мають назву «%2»; укажіть натомість ідентифікатор.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordTreeModel</name>
    <message>
        <source>Agencies</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Проєкти та програми</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Міжнародні організації</translation>
    </message>
    <message>
        <source>EU agencies and bodies</source>
        <translation>Агентства та органи ЄС</translation>
    </message>
    <message>
        <source>Events outside projects</source>
        <translation>Заходи поза проєктами</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>acronym — full name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Role or date</source>
        <translation>Роль або дата</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
</context>
<context>
    <name>liaison::SearchIndex</name>
    <message>
        <source>%1 has no search index yet; opening it for writing adds one.</source>
        <translation>%1 ще не має пошукового індексу; його буде додано, коли базу записів буде відкрито з правом запису.</translation>
    </message>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>Не вдається виконати пошук у %1: %2</translation>
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
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Every shortcut of the window, as its menus and actions define them.</source>
        <translation>Усі комбінації клавіш цього вікна в тому вигляді, як їх задано в його меню та командах.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Вікно</translation>
    </message>
</context>
<context>
    <name>liaison::Vocabulary</name>
    <message>
        <source>funding</source>
        <comment>role of an agency in a project</comment>
        <translation>фінансувальник</translation>
    </message>
    <message>
        <source>accountable</source>
        <comment>role of an agency in a project</comment>
        <translation>відповідальна організація</translation>
    </message>
    <message>
        <source>implementing</source>
        <comment>role of an agency in a project</comment>
        <translation>виконавець</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>role of an agency in a project</comment>
        <translation>партнер</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <comment>role of an agency in a project</comment>
        <translation>бенефіціар</translation>
    </message>
    <message>
        <source>member</source>
        <comment>role of an agency in a project</comment>
        <translation>член</translation>
    </message>
    <message>
        <source>National agency</source>
        <translation>Національна установа</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Міністерство</translation>
    </message>
    <message>
        <source>Academy or training institution</source>
        <translation>Академія або навчальний заклад</translation>
    </message>
    <message>
        <source>EU agency</source>
        <translation>Агентство ЄС</translation>
    </message>
    <message>
        <source>EU body</source>
        <translation>Орган ЄС</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Міжнародна організація</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Information-exchange network or system</source>
        <translation>Мережа або система обміну інформацією</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семінар</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебінар</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренінг</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференція</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>project status</comment>
        <translation>заплановано</translation>
    </message>
    <message>
        <source>active</source>
        <comment>project status</comment>
        <translation>триває</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>project status</comment>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>project status</comment>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>project status</comment>
        <translation>призупинено</translation>
    </message>
    <message>
        <source>Published article</source>
        <translation>Опублікована стаття</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Офіційний документ</translation>
    </message>
    <message>
        <source>Illustrative sample</source>
        <translation>Ілюстративний приклад</translation>
    </message>
</context>
</TS>
