<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>liaison::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportCommand</name>
    <message>
        <source>--chart: unknown chart &quot;%1&quot;; use %2.</source>
        <translation>--chart: неизвестный вид диаграммы «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>--output: unknown image format &quot;%1&quot; in %2; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>--output: неизвестный формат изображения «%1» в %2; используйте .png, .jpg, .jpeg, .svg или .pdf.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size; write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size: «%1» не является размером; укажите ШИРИНАxВЫСОТА, например 1920x1080.</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 × %4).</source>
        <translation>Записан файл %1 (%2, %3 × %4).</translation>
    </message>
    <message>
        <source>note: no training participation is recorded for %1.</source>
        <translation>примечание: нет данных об участии в обучении (%1).</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExportDialog</name>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Размер изображения: %1 × %2 пикселей.</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Размер изображения</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Высота:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
    <message>
        <source>As shown (%1 × %2)</source>
        <translation>Как на экране (%1 × %2)</translation>
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
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
</context>
<context>
    <name>liaison::ChartExporter</name>
    <message>
        <source>%1: unknown image format &quot;%2&quot;; use .png, .jpg, .jpeg, .svg or .pdf.</source>
        <translation>%1: неизвестный формат изображения «%2»; используйте .png, .jpg, .jpeg, .svg или .pdf.</translation>
    </message>
    <message>
        <source>%1: the size %2×%3 is outside 100×100 to 10000×10000.</source>
        <translation>%1: размер %2×%3 выходит за пределы диапазона от 100×100 до 10000×10000.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>Не удаётся записать %1: не удалось закодировать изображение.</translation>
    </message>
    <message>
        <source>Chart exported by Liaison</source>
        <translation>Диаграмма, экспортированная из Liaison</translation>
    </message>
</context>
<context>
    <name>liaison::ChartFactory</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>По годам</translation>
    </message>
    <message>
        <source>By event kind</source>
        <translation>По типам мероприятий</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>По ведомствам</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Нарастающим итогом</translation>
    </message>
    <message>
        <source>No training participation recorded for %1</source>
        <translation>%1: нет данных об участии в обучении</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: participants by year</source>
        <translation>%1: участники по годам</translation>
    </message>
    <message>
        <source>%1: participants by event kind</source>
        <translation>%1: участники по типам мероприятий</translation>
    </message>
    <message>
        <source>%1: participants by agency</source>
        <translation>%1: участники по ведомствам</translation>
    </message>
    <message>
        <source>%1: participants by country</source>
        <translation>%1: участники по странам</translation>
    </message>
    <message>
        <source>%1: participants over time</source>
        <translation>%1: динамика числа участников</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>chart title, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Без страны</translation>
    </message>
    <message>
        <source>Outside projects</source>
        <translation>Вне проектов</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Participants, cumulative</source>
        <translation>Участники (нарастающим итогом)</translation>
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
        <translation>Не удалось прочитать данные диаграммы: %1</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>%1 has no training participation of its own.</source>
        <translation>%1: нет собственных данных об участии в обучении.</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>Kind of chart</source>
        <translation>Вид диаграммы</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the chart as an image or document (Ctrl+E)</source>
        <translation>Экспортировать диаграмму как изображение или документ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
        <translation>Копировать диаграмму в буфер обмена (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chart of training participation</source>
        <translation>Диаграмма участия в обучении</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
</context>
<context>
    <name>liaison::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию программы и выйти.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>Interface language for this run (e.g. en, ru, az).</source>
        <translation>Язык интерфейса для этого запуска (например, en, ru, az).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>init: fill the new record base with the demo records.</source>
        <translation>init: заполнить новую базу данных демонстрационными записями.</translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation>KIND:KEY</translation>
    </message>
    <message>
        <source>Liaison browses international cooperation records: agencies, projects, events and training participation.</source>
        <translation>Liaison — просмотр записей о международном сотрудничестве: ведомства, проекты, мероприятия и участие в обучении.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[команда]</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Languages: %2.</source>
        <translation>Неизвестный язык «%1». Доступные языки: %2.</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>Для --database нужно указать путь к файлу.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>--demo is an option of the init command.</source>
        <translation>--demo — параметр команды init.</translation>
    </message>
    <message>
        <source>summary needs --record KIND:KEY or --record all.</source>
        <translation>Для summary нужно указать --record KIND:KEY или --record all.</translation>
    </message>
    <message>
        <source>Try &quot;liaison --help&quot;.</source>
        <translation>Справка: «liaison --help».</translation>
    </message>
    <message>
        <source>The window cannot be opened from here.</source>
        <translation>Отсюда нельзя открыть окно программы.</translation>
    </message>
    <message>
        <source>Created the demo record base %1.</source>
        <translation>Создана демонстрационная база данных %1.</translation>
    </message>
    <message>
        <source>Created the record base %1.</source>
        <translation>Создана база данных %1.</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>целостность: %1</translation>
    </message>
    <message>
        <source>references: %1</source>
        <translation>ссылки: %1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2; open the record base once with write access to upgrade it</source>
        <translation>версия схемы %1, ожидается %2; чтобы обновить базу данных, откройте её один раз с правом записи</translation>
    </message>
    <message>
        <source>%1: integrity ok, references ok, schema version %2.</source>
        <translation>%1: целостность в порядке, ссылки в порядке, версия схемы %2.</translation>
    </message>
    <message>
        <source>export-chart: by-year, by-kind, by-agency, by-country or cumulative.</source>
        <translation>export-chart: by-year, by-kind, by-agency, by-country или cumulative.</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>ДИАГРАММА</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>export-chart: the size in pixels (default 1600x900).</source>
        <translation>export-chart: размер в пикселях (по умолчанию 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ШxВ</translation>
    </message>
    <message>
        <source>summary, export-chart: the record, as KIND:KEY (agency, project or event; an acronym, exact name or id) or all.</source>
        <translation>summary, export-chart: запись в виде KIND:KEY (agency, project или event; аббревиатура, точное название или числовой идентификатор) либо all.</translation>
    </message>
    <message>
        <source>--record is an option of the summary and export-chart commands.</source>
        <translation>--record — параметр команд summary и export-chart.</translation>
    </message>
    <message>
        <source>--%1 is an option of the export-chart command.</source>
        <translation>--%1 — параметр команды export-chart.</translation>
    </message>
    <message>
        <source>export-chart needs --record, --chart and --output.</source>
        <translation>Для export-chart нужно указать --record, --chart и --output.</translation>
    </message>
    <message>
        <source>export-chart, export: the file to write (for charts .png, .jpg, .svg or .pdf).</source>
        <translation>export-chart, export: файл для записи (для диаграмм — .png, .jpg, .svg или .pdf).</translation>
    </message>
    <message>
        <source>export: csv (the participation, in the import format) or json (every record with its source).</source>
        <translation>export: csv (данные об участии в формате импорта) или json (все записи с их источниками).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>--output is an option of the export and export-chart commands.</source>
        <translation>--output — параметр команд export и export-chart.</translation>
    </message>
    <message>
        <source>--format is an option of the export command.</source>
        <translation>--format — параметр команды export.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>Для import нужно указать файл CSV, который следует прочитать.</translation>
    </message>
    <message>
        <source>export needs --format csv|json and --output FILE.</source>
        <translation>Для export нужно указать --format csv|json и --output ФАЙЛ.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Formats: csv, json.</source>
        <translation>Неизвестный формат «%1». Форматы: csv, json.</translation>
    </message>
    <message>
        <source>nothing was imported; %1 is unchanged.</source>
        <translation>ничего не импортировано; база данных %1 не изменена.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 participation records written; %4 projects, %5 events and %6 agencies created.</source>
        <translation>Импортировано строк из %2: %1; записано записей об участии: %3; создано проектов: %4, мероприятий: %5, ведомств: %6.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записан файл %1.</translation>
    </message>
    <message>
        <source>The record base: an SQLite file or a postgresql://user@host:port/dbname address. Default: %1</source>
        <translation>База данных: файл SQLite или адрес вида postgresql://user@host:port/dbname. По умолчанию: %1</translation>
    </message>
    <message>
        <source>copy: the record base to copy (a file or an address).</source>
        <translation>copy: копируемая база данных (файл или адрес).</translation>
    </message>
    <message>
        <source>copy: the new record base (a file that does not exist, or an empty database).</source>
        <translation>copy: новая база данных (ещё не существующий файл или пустая база данных на сервере).</translation>
    </message>
    <message>
        <source>init, summary, check, import FILE.csv, export, export-chart or copy; none opens the window.</source>
        <translation>init, summary, check, import ФАЙЛ.csv, export, export-chart или copy; без команды открывается окно программы.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, summary, check, import, export, export-chart, copy.</source>
        <translation>Неизвестная команда «%1». Команды: init, summary, check, import, export, export-chart, copy.</translation>
    </message>
    <message>
        <source>copy needs --from and --to (not --database).</source>
        <translation>Для copy нужно указать --from и --to (а не --database).</translation>
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
        <translation>Команды:
  (нет)     Открыть окно программы с базой данных.
  init      Создать пустую базу данных, а с --demo — базу с демонстрационными
            записями. Существующий файл не затрагивается.
  summary   Вывести в формате JSON итоги участия в обучении по записи.
  check     Проверить целостность базы данных, ссылки и версию схемы.
  import ФАЙЛ.csv
            Импортировать данные об участии в обучении из файла CSV по
            принципу «всё или ничего».
  export    Записать данные об участии в формате CSV (формат импорта) или
            все записи с их источниками в формате JSON.
  export-chart
            Записать диаграмму участия в обучении по записи в формате PNG,
            JPEG, SVG или PDF (по расширению файла --output). Дисплей не нужен.
  copy      Скопировать всю базу данных из файла или с сервера (--from) в
            новый файл или пустую базу данных на сервере (--to) и сравнить
            их итоги.

База данных — это файл SQLite или адрес сервера вида
postgresql://user@host:port/dbname; пароль берётся из адреса,
PGPASSWORD, файла паролей (PGPASSFILE, ~/.pgpass) или запрашивается.

Код завершения: 0 — успех, 1 — сбой, 2 — ошибка в параметрах вызова.
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>%1: integrity and references kept by the server, schema version %2.</source>
        <translation>%1: за целостность и ссылки отвечает сервер, версия схемы %2.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3.</source>
        <translation>База данных %1 скопирована в %2: %3.</translation>
    </message>
    <message>
        <source>The summaries match.</source>
        <translation>Итоги совпадают.</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Подключение к серверу</translation>
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
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системном хранилище</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>если не указан — из PGPASSWORD или ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
</context>
<context>
    <name>liaison::CountryList</name>
    <message>
        <source>the embedded country list %1 is missing</source>
        <translation>встроенный список стран %1 отсутствует</translation>
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
        <translation>Объединённые Арабские Эмираты</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Антигуа и Барбуда</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Ангвилла</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Албания</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Ангола</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Антарктика</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Аргентина</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Американские Самоа</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Аруба</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Аландские острова</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Босния и Герцеговина</translation>
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
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Буркина-Фасо</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Бахрейн</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Бурунди</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Бенин</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Сен-Бартельми</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Бермуды</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Бруней Даруссалам</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Боливия</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Бонайре, Синт-Эстатиус и Саба</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Бразилия</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Багамы</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Бутан</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Остров Буве</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Ботсвана</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Белиз</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Кокосовые острова</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Демократическая Республика Конго</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Центрально-африканская республика</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Конго</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Кот-д&apos;Ивуар</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Острова Кука</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Чили</translation>
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
        <translation>Колумбия</translation>
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
        <translation>Остров Рождества</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Кипр</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Джибути</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Доминика</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Доминиканская республика</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Алжир</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Эквадор</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Египет</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Западная Сахара</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Эритрея</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Эфиопия</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Фиджи</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Фолклендские (Мальвинские) острова</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Федеративные Штаты Микронезии</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Фарерские острова</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Габон</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Соединённое Королевство</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Гренада</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Французская Гвиана</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Гернси</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Гана</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Гибралтар</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Гренландия</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Гамбия</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Гвинея</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Гваделупа</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Экваториальная Гвинея</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Греция</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Южная Джорджия и Южные Сандвичевы острова</translation>
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
        <translation>Гвинея-Бисау</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Гайана</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Гонконг</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Остров Херд и острова МакДональд</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Гондурас</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватия</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Гаити</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Индонезия</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Остров Мэн</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Британская территория Индийского океана</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Исландия</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Джерси</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Ямайка</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Иордания</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Кения</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Камбоджа</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Кирибати</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Коморы</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Сент-Китс и Невис</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Северная Корея</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Южная Корея</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Каймановы острова</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Лаосская Народно-Демократическая Республика</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Ливан</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Сент-Люсия</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Лихтенштейн</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Шри-Ланка</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Либерия</translation>
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
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Ливия</translation>
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
        <translation>Молдавия</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Черногория</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Сен-Мартен (Франция)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Мадагаскар</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Маршалловы острова</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Северная Македония</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Мали</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Мьянма</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Макао</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Острова северной Марианы</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Мартиника</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Мавритания</translation>
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
        <translation>Маврикий</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Мальдивы</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Малави</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Малайзия</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Мозамбик</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Намибия</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Новая Каледония</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Нигер</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Остров Норфолк</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Нигерия</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Никарагуа</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Науру</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Ниуэ</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Новая Зеландия</translation>
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
        <translation>Французская Полинезия</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Папуа — Новая Гвинея</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Филиппины</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Сен-Пьер и Микелон</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Питкэрн</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Пуэрто-Рико</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Палестина</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Португалия</translation>
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
        <translation>Реюньон</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Российская Федерация</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Руанда</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Соломоновы Острова</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Сейшелы</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Сингапур</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Остров Святой Елены, Остров Вознесения и Тристан-да-Кунья</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словения</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Шпицберген и Ян-Майен</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Сьерра-Леоне</translation>
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
        <translation>Сомали</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Суринам</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Южный Судан</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Сан-Томе и Принсипи</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Сальвадор</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Синт-Мартен (голландская часть)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирийская Арабская Республика</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Эсватини</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Острова Туркс и Каикос</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Чад</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Французские южные территории</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Того</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Таиланд</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Токелау</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Восточный Тимор</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Тунис</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Тонга</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Тринидад и Тобаго</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Тувалу</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Тайвань</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Танзания</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Уганда</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Соединенные штаты Малых Удаленных островов</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Соединённые штаты</translation>
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
        <translation>Государство-город Ватикан</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Сент-Винсент и Гренадины</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Венесуэла</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Виргинские острова (Британия)</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Виргинские острова (США)</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Вьетнам</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Вануату</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Уоллес и Футана</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Самоа</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Йемен</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Майот</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Южная Африка</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Замбия</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Зимбабве</translation>
    </message>
</context>
<context>
    <name>liaison::CreateRecordCommand</name>
    <message>
        <source>Create agency %1</source>
        <extracomment>An undo step; %1 is the new agency&apos;s acronym or name</extracomment>
        <translation>создание ведомства %1</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <extracomment>An undo step; %1 is the new project&apos;s acronym or name</extracomment>
        <translation>создание проекта %1</translation>
    </message>
    <message>
        <source>Create event %1</source>
        <extracomment>An undo step; %1 is the new event&apos;s title</extracomment>
        <translation>создание мероприятия %1</translation>
    </message>
    <message>
        <source>Create person %1</source>
        <extracomment>An undo step; %1 is the new person&apos;s name</extracomment>
        <translation>создание записи о человеке %1</translation>
    </message>
    <message>
        <source>Create agreement %1</source>
        <extracomment>An undo step; %1 is the new agreement&apos;s subject</extracomment>
        <translation>создание соглашения %1</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <extracomment>An undo step; %1 is the new source&apos;s title</extracomment>
        <translation>создание источника %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <extracomment>An undo step; %1 is the new record&apos;s name</extracomment>
        <translation>создание записи %1</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>файл содержит текст в кодировке UTF-16; сохраните его в кодировке UTF-8</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (byte %1); save the file as UTF-8</source>
        <translation>строка не является допустимым текстом UTF-8 (байт %1); сохраните файл в кодировке UTF-8</translation>
    </message>
    <message>
        <source>the quote that opens a field on this line is never closed (a missing &quot; or a quote inside a field that was not written &quot;&quot;)</source>
        <translation>кавычка, открывающая поле в этой строке, нигде не закрыта (не хватает &quot; или кавычка внутри поля не записана как &quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>текст после закрывающей кавычки поля; кавычка внутри поля в кавычках записывается дважды (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>the file is not a database</source>
        <translation>файл не является базой данных</translation>
    </message>
    <message>
        <source>the database file is damaged (malformed)</source>
        <translation>файл базы данных повреждён (нарушена структура)</translation>
    </message>
    <message>
        <source>the record base is locked by another program</source>
        <translation>база данных заблокирована другой программой</translation>
    </message>
    <message>
        <source>the disk or the record base is full</source>
        <translation>диск или база данных переполнены</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не установлен.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>No record base at %1.</source>
        <translation>База данных %1 не найдена.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Liaison record base. The file was not changed.</source>
        <translation>Файл %1 — база данных SQLite, но не база данных Liaison. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>Файл %1 уже существует; он оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>строка %1 таблицы %2 ссылается на отсутствующую строку таблицы %3</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s quick check: %2). The file was not changed.</source>
        <translation>Файл %1 повреждён (быстрая проверка SQLite: %2). Файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot open %1: its latest changes are in %2, which can only be read with write access to the folder %3. The file was not changed.</source>
        <translation>Не удаётся открыть %1: последние изменения базы данных находятся в файле %2, который можно прочитать только при наличии права записи в папку %3. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to this file.</source>
        <translation>База данных %1 открыта только для чтения: у вас нет права записи в этот файл.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you may not write to its folder %2, where SQLite keeps its working files while writing.</source>
        <translation>База данных %1 открыта только для чтения: у вас нет права записи в её папку %2, где SQLite хранит рабочие файлы во время записи.</translation>
    </message>
    <message>
        <source>%1 is open read-only: it was written by a newer Liaison (schema version %2; this version knows up to %3).</source>
        <translation>База данных %1 открыта только для чтения: она записана более новой версией Liaison (версия схемы %2; эта версия программы поддерживает схемы до версии %3).</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>База данных %1 открыта только для чтения.</translation>
    </message>
    <message>
        <source>your database role may not do this (%1)</source>
        <translation>у вашей роли в базе данных нет прав на это действие (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>соединение с сервером потеряно (%1)</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен.</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1: требуется пароль.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1: имя пользователя или пароль отклонены.</translation>
    </message>
    <message>
        <source>The server has no database %1 (%2).</source>
        <translation>На сервере нет базы данных %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables, but it is not a Liaison record base. Nothing was changed.</source>
        <translation>В %1 есть таблицы, но это не база данных Liaison. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 holds no record base yet.</source>
        <translation>В %1 ещё нет базы данных Liaison.</translation>
    </message>
    <message>
        <source>%1 already holds tables; it was left untouched.</source>
        <translation>В %1 уже есть таблицы; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is open read-only: the database role %2 may read it but not change it.</source>
        <translation>База данных %1 открыта только для чтения: роль %2 может читать её, но не изменять.</translation>
    </message>
</context>
<context>
    <name>liaison::DatabaseLocation</name>
    <message>
        <source>No record base given: name an SQLite file or a postgresql:// address</source>
        <translation>База данных не указана: укажите файл SQLite или адрес postgresql://</translation>
    </message>
    <message>
        <source>Unknown kind of address &quot;%1://&quot;: Liaison opens SQLite files and postgresql:// addresses</source>
        <translation>Неизвестный тип адреса «%1://»: Liaison открывает файлы SQLite и адреса postgresql://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address is not a valid percent-encoded character</source>
        <translation>«%1» в адресе не является допустимым символом в процентной кодировке</translation>
    </message>
    <message>
        <source>No host name after &quot;@&quot;: write postgresql://USER@HOST/DATABASE</source>
        <translation>После «@» нет имени хоста: укажите postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ/БАЗА_ДАННЫХ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in brackets: write an IPv6 address as [::1] or [::1]:5432</source>
        <translation>«%1» — неверная запись хоста в квадратных скобках: укажите адрес IPv6 в виде [::1] или [::1]:5432</translation>
    </message>
    <message>
        <source>Several servers (&quot;%1&quot;) are not supported: name one host</source>
        <translation>Несколько серверов («%1») не поддерживаются: укажите один хост</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for the connection parameter %2</source>
        <translation>«%1» — недопустимое значение параметра подключения %2</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot;</source>
        <translation>Неизвестный параметр подключения «%1»</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Порт «%1» не является числом от 1 до 65535</translation>
    </message>
</context>
<context>
    <name>liaison::DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Delete ASCCA&quot;</extracomment>
        <translation>удаление записи %1</translation>
    </message>
</context>
<context>
    <name>liaison::DemoDatabase</name>
    <message>
        <source>demo records, %1: %2</source>
        <translation>демонстрационные записи, %1: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; names an unknown record &quot;%2&quot;</source>
        <translation>поле «%1» ссылается на неизвестную запись «%2»</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;</source>
        <translation>неизвестная секция «%1»</translation>
    </message>
    <message>
        <source>the embedded demo records %1 are missing</source>
        <translation>встроенные демонстрационные записи %1 отсутствуют</translation>
    </message>
    <message>
        <source>the embedded demo records are not valid JSON at offset %1: %2</source>
        <translation>встроенные демонстрационные записи содержат недопустимый JSON (смещение %1): %2</translation>
    </message>
</context>
<context>
    <name>liaison::DetailPane</name>
    <message>
        <source>agency</source>
        <comment>kind of record</comment>
        <translation>ведомство</translation>
    </message>
    <message>
        <source>project or programme</source>
        <comment>kind of record</comment>
        <translation>проект или программа</translation>
    </message>
    <message>
        <source>event</source>
        <comment>kind of record</comment>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>person</source>
        <comment>kind of record</comment>
        <translation>человек</translation>
    </message>
    <message>
        <source>agreement</source>
        <comment>kind of record</comment>
        <translation>соглашение</translation>
    </message>
    <message>
        <source>country</source>
        <comment>kind of record</comment>
        <translation>страна</translation>
    </message>
    <message>
        <source>source</source>
        <comment>kind of record</comment>
        <translation>источник</translation>
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
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>illustrative sample</source>
        <translation>вымышленный пример</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln countries</source>
        <translation>
            <numerusform>более %Ln страны</numerusform>
            <numerusform>более %Ln стран</numerusform>
            <numerusform>более %Ln стран</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <comment>party with partner</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>дата подписания: %1</translation>
    </message>
    <message>
        <source>Illustrative sample — not a real record</source>
        <translation>Вымышленный пример — не реальная запись</translation>
    </message>
    <message>
        <source>This record was made up to make browsing and charts meaningful; no real source states it.</source>
        <translation>Эта запись придумана, чтобы просмотр и диаграммы были содержательными; ни один реальный источник её не подтверждает.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Не удаётся подсчитать записи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln ведомство</numerusform>
            <numerusform>%Ln ведомства</numerusform>
            <numerusform>%Ln ведомств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln проект или программа</numerusform>
            <numerusform>%Ln проекта или программы</numerusform>
            <numerusform>%Ln проектов или программ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln соглашение</numerusform>
            <numerusform>%Ln соглашения</numerusform>
            <numerusform>%Ln соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants in training events recorded.</source>
        <translation>
            <numerusform>Учтён %Ln участник учебных мероприятий.</numerusform>
            <numerusform>Учтено %Ln участника учебных мероприятий.</numerusform>
            <numerusform>Учтено %Ln участников учебных мероприятий.</numerusform>
        </translation>
    </message>
    <message>
        <source>published article</source>
        <translation>опубликованная статья</translation>
    </message>
    <message>
        <source>official record</source>
        <translation>официальный документ</translation>
    </message>
    <message>
        <source>illustrative sample, not a real record</source>
        <translation>вымышленный пример, не реальная запись</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>Этой записи больше нет</translation>
    </message>
    <message>
        <source>It may have been deleted, or another record base was opened.</source>
        <translation>Возможно, она удалена или открыта другая база данных.</translation>
    </message>
    <message>
        <source>This record could not be read</source>
        <translation>Не удалось прочитать эту запись</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sub-agencies</source>
        <translation>Подведомственные организации</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Проекты и программы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Outside any project</source>
        <translation>Вне проектов</translation>
    </message>
    <message>
        <source>Participants by project</source>
        <translation>Участники по проектам</translation>
    </message>
    <message>
        <source>%1 in events of %2, as reported by %3</source>
        <translation>%1 в мероприятиях %2, по данным источника %3</translation>
    </message>
    <message>
        <source>Reported totals</source>
        <translation>Итоги по данным источников</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants, including the projects under it</source>
        <translation>
            <numerusform>%Ln участник с учётом вложенных проектов</numerusform>
            <numerusform>%Ln участника с учётом вложенных проектов</numerusform>
            <numerusform>%Ln участников с учётом вложенных проектов</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects under it</source>
        <translation>Вложенные проекты</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>%1 of %2, as reported by %3</source>
        <translation>%1 от %2, по данным источника %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Countries that attended</source>
        <translation>Страны-участницы</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Секции</translation>
    </message>
    <message>
        <source>Participating agencies</source>
        <translation>Ведомства-участники</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Секция: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Доклады</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Events held here</source>
        <translation>Мероприятия, проведённые в стране</translation>
    </message>
    <message>
        <source>Events its delegations attended</source>
        <translation>Мероприятия с участием делегаций страны</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln роль ведомств в проектах</numerusform>
            <numerusform>%Ln роли ведомств в проектах</numerusform>
            <numerusform>%Ln ролей ведомств в проектах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln countries attending events</source>
        <translation>
            <numerusform>%Ln страна — участница мероприятий</numerusform>
            <numerusform>%Ln страны — участницы мероприятий</numerusform>
            <numerusform>%Ln стран — участниц мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln секция</numerusform>
            <numerusform>%Ln секции</numerusform>
            <numerusform>%Ln секций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln доклад</numerusform>
            <numerusform>%Ln доклада</numerusform>
            <numerusform>%Ln докладов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation counts</source>
        <translation>
            <numerusform>%Ln запись об участии</numerusform>
            <numerusform>%Ln записи об участии</numerusform>
            <numerusform>%Ln записей об участии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln итог по данным источника</numerusform>
            <numerusform>%Ln итога по данным источника</numerusform>
            <numerusform>%Ln итогов по данным источника</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Ссылающиеся записи</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln records of %1 are listed.</source>
        <translation>
            <numerusform>Показаны первые %Ln запись из %1.</numerusform>
            <numerusform>Показаны первые %Ln записи из %1.</numerusform>
            <numerusform>Показаны первые %Ln записей из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Сведения о записи</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln are shown.</source>
        <translation>
            <numerusform>Показаны первые %1 из %Ln.</numerusform>
            <numerusform>Показаны первые %1 из %Ln.</numerusform>
            <numerusform>Показаны первые %1 из %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
</context>
<context>
    <name>liaison::EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>An undo step; %1 is the record&apos;s acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>изменение записи %1</translation>
    </message>
</context>
<context>
    <name>liaison::ImportDialog</name>
    <message>
        <source>Import Participation</source>
        <translation>Импорт данных об участии</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;First rows:</source>
        <translation>&amp;Первые строки:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Ошибки:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Ошибки, найденные в файле</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт файла %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problems in %1.</source>
        <translation>
            <numerusform>Ничего не импортировано: %n ошибка в файле %1.</numerusform>
            <numerusform>Ничего не импортировано: %n ошибки в файле %1.</numerusform>
            <numerusform>Ничего не импортировано: %n ошибок в файле %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problems. Nothing will be written until they are fixed.</source>
        <translation>
            <numerusform>Файл %1 невозможно импортировать: %n ошибка. Пока файл не исправлен, ничего не будет записано.</numerusform>
            <numerusform>Файл %1 невозможно импортировать: %n ошибки. Пока файл не исправлен, ничего не будет записано.</numerusform>
            <numerusform>Файл %1 невозможно импортировать: %n ошибок. Пока файл не исправлен, ничего не будет записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows of training participation, ready to import. The whole file is imported at once, or nothing.</source>
        <translation>
            <numerusform>%1: %Ln строка данных об участии в обучении готова к импорту. Файл импортируется целиком или не импортируется вовсе.</numerusform>
            <numerusform>%1: %Ln строки данных об участии в обучении готовы к импорту. Файл импортируется целиком или не импортируется вовсе.</numerusform>
            <numerusform>%1: %Ln строк данных об участии в обучении готовы к импорту. Файл импортируется целиком или не импортируется вовсе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>хранилище паролей не ответило вовремя</translation>
    </message>
    <message>
        <source>The system keychain could not read the password of %1: %2</source>
        <translation>Системному хранилищу паролей не удалось прочитать пароль для %1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1: %2</source>
        <translation>Системному хранилищу паролей не удалось сохранить пароль для %1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password of %1: %2</source>
        <translation>Системному хранилищу паролей не удалось удалить пароль для %1: %2</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison record bases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Liaison (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not read the record base: %1</source>
        <translation>Не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New Record Base…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>Create an empty record base</source>
        <translation>Создать пустую базу данных</translation>
    </message>
    <message>
        <source>&amp;Open Record Base…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open another record base</source>
        <translation>Открыть другую базу данных</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the record base</source>
        <translation>Искать в базе данных</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the previous record</source>
        <translation>Назад к предыдущей записи</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Forward to the next record</source>
        <translation>Вперёд к следующей записи</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Домой</translation>
    </message>
    <message>
        <source>The record base overview</source>
        <translation>Обзор базы данных</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Панель &amp;инструментов</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Строка состояния</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;О программе Liaison</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Search records (Ctrl+F)</source>
        <translation>Поиск записей (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <source>Agencies and projects</source>
        <translation>Ведомства и проекты</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Record browser</source>
        <translation>Обозреватель записей</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The demo record base could not be created.

%1</source>
        <translation>Не удалось создать демонстрационную базу данных.

%1</translation>
    </message>
    <message>
        <source>The record base could not be opened.

%1</source>
        <translation>Не удалось открыть базу данных.

%1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Record Base</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>No recent record bases</source>
        <translation>Нет недавних баз данных</translation>
    </message>
    <message>
        <source>No record base open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Cannot count records: %1</source>
        <translation>Не удаётся подсчитать записи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n ведомство</numerusform>
            <numerusform>%n ведомства</numerusform>
            <numerusform>%n ведомств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects and programmes</source>
        <translation>
            <numerusform>%n проект или программа</numerusform>
            <numerusform>%n проекта или программы</numerusform>
            <numerusform>%n проектов или программ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n соглашение</numerusform>
            <numerusform>%n соглашения</numerusform>
            <numerusform>%n соглашений</numerusform>
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
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: title · context</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No records match &quot;%1&quot;</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n records found</source>
        <translation>
            <numerusform>Найдена %n запись</numerusform>
            <numerusform>Найдено %n записи</numerusform>
            <numerusform>Найдено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>New Record Base</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>The record base could not be created.

%1</source>
        <translation>Не удалось создать базу данных.

%1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>О программе Liaison</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Экспорт диаграммы…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG or PDF</source>
        <translation>Сохранить диаграмму в формате PNG, JPEG, SVG или PDF</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Копировать &amp;диаграмму</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Копировать диаграмму в буфер обмена как изображение</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Диаграмма</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Нет диаграммы для экспорта.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Изображение JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Диаграмма сохранена в файле %1</translation>
    </message>
    <message>
        <source>There is no chart to copy.</source>
        <translation>Нет диаграммы для копирования.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Диаграмма скопирована в буфер обмена</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation records</source>
        <translation>
            <numerusform>%Ln запись об участии</numerusform>
            <numerusform>%Ln записи об участии</numerusform>
            <numerusform>%Ln записей об участии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln roles of agencies in projects</source>
        <translation>
            <numerusform>%Ln роль ведомств в проектах</numerusform>
            <numerusform>%Ln роли ведомств в проектах</numerusform>
            <numerusform>%Ln ролей ведомств в проектах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln секция</numerusform>
            <numerusform>%Ln секции</numerusform>
            <numerusform>%Ln секций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln presentations</source>
        <translation>
            <numerusform>%Ln доклад</numerusform>
            <numerusform>%Ln доклада</numerusform>
            <numerusform>%Ln докладов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attending countries</source>
        <translation>
            <numerusform>%Ln страна-участница</numerusform>
            <numerusform>%Ln страны-участницы</numerusform>
            <numerusform>%Ln стран-участниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported totals</source>
        <translation>
            <numerusform>%Ln итог по данным источника</numerusform>
            <numerusform>%Ln итога по данным источника</numerusform>
            <numerusform>%Ln итогов по данным источника</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln ведомство</numerusform>
            <numerusform>%Ln ведомства</numerusform>
            <numerusform>%Ln ведомств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects and programmes</source>
        <translation>
            <numerusform>%Ln проект или программа</numerusform>
            <numerusform>%Ln проекта или программы</numerusform>
            <numerusform>%Ln проектов или программ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreements</source>
        <translation>
            <numerusform>%Ln соглашение</numerusform>
            <numerusform>%Ln соглашения</numerusform>
            <numerusform>%Ln соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other records</source>
        <translation>
            <numerusform>%Ln другая запись</numerusform>
            <numerusform>%Ln другие записи</numerusform>
            <numerusform>%Ln других записей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Participation…</source>
        <translation>&amp;Импорт данных об участии…</translation>
    </message>
    <message>
        <source>Import training participation from a CSV file</source>
        <translation>Импортировать данные об участии в обучении из файла CSV</translation>
    </message>
    <message>
        <source>Export &amp;Records…</source>
        <translation>Экспорт &amp;записей…</translation>
    </message>
    <message>
        <source>Save the records as JSON, or the participation as CSV</source>
        <translation>Сохранить записи в формате JSON или данные об участии в формате CSV</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;Создать запись</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>new record of a kind</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>&amp;Изменить запись…</translation>
    </message>
    <message>
        <source>Change the fields of the record shown</source>
        <translation>Изменить поля показанной записи</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Удалить запись…</translation>
    </message>
    <message>
        <source>Delete the record shown, after asking</source>
        <translation>Удалить показанную запись (после подтверждения)</translation>
    </message>
    <message>
        <source>Import Participation</source>
        <translation>Импорт данных об участии</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln rows from %1.</source>
        <translation>
            <numerusform>Импортирована %Ln строка из файла %1.</numerusform>
            <numerusform>Импортированы %Ln строки из файла %1.</numerusform>
            <numerusform>Импортировано %Ln строк из файла %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training participation, CSV (*.csv)</source>
        <translation>Участие в обучении, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every record, JSON (*.json)</source>
        <translation>Все записи, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Records</source>
        <translation>Экспорт записей</translation>
    </message>
    <message>
        <source>Records saved as %1</source>
        <translation>Записи сохранены в файле %1</translation>
    </message>
    <message>
        <source>New Record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Select a record to edit.</source>
        <translation>Выберите запись, которую нужно изменить.</translation>
    </message>
    <message>
        <source>Edit Record</source>
        <translation>Изменение записи</translation>
    </message>
    <message>
        <source>Select a record to delete.</source>
        <translation>Выберите запись, которую нужно удалить.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation>Вместе с %1 будут удалены: %2.</translation>
    </message>
    <message>
        <source>These will no longer refer to it: %1.</source>
        <translation>Больше не будут ссылаться на эту запись: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Удаление можно отменить командой Правка → Отменить.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>The record base could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>There is no record base at %1.</source>
        <translation>База данных %1 не найдена.</translation>
    </message>
    <message>
        <source>Create an empty record base there?</source>
        <translation>Создать по этому пути пустую базу данных?</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Открыть другую…</translation>
    </message>
    <message>
        <source>Create &amp;New…</source>
        <translation>Создать &amp;новую…</translation>
    </message>
    <message>
        <source>Read-only: %1 Records can be browsed, charted and exported, but not edited or imported.</source>
        <translation>Только чтение: %1 Записи можно просматривать, строить по ним диаграммы и экспортировать, но нельзя изменять или импортировать.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Browse international cooperation records: agencies, projects and programmes, events, and training participation.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demo records.&lt;/b&gt; The facts come from the article “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. The demo also holds an illustrative sample, marked as such, that is not a real record. Country names: ISO 3166-1, from Debian&apos;s iso-codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Просмотр записей о международном сотрудничестве: ведомства, проекты и программы, мероприятия и участие в обучении.&lt;/p&gt;&lt;p&gt;Лицензия: GNU General Public License версии 3 или более поздней.&lt;br&gt;Собрано с Qt %2 (используется Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Демонстрационные записи.&lt;/b&gt; Факты взяты из статьи “The State Customs Committee was represented at the international seminar organized in Poland by law enforcement agencies of the European Union”. Кроме того, в демонстрационных данных есть вымышленный пример, помеченный как таковой, — это не реальная запись. Названия стран: ISO 3166-1, из пакета iso-codes проекта Debian.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <source>Open a record base on a PostgreSQL server</source>
        <translation>Открыть базу данных на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>Checking %1 for damage…</source>
        <translation>Проверка %1 на наличие повреждений…</translation>
    </message>
</context>
<context>
    <name>liaison::ParticipationImport</name>
    <message>
        <source>no file to import was given</source>
        <translation>не указан файл для импорта</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>a folder, not a CSV file</source>
        <translation>это папка, а не файл CSV</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming the columns and then one line per event and agency</source>
        <translation>файл пуст; в нём должна быть строка заголовка с названиями столбцов, а за ней — по одной строке на каждую пару «мероприятие — ведомство»</translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation>в файле есть заголовок, но нет строк для импорта</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>у столбца %1 в заголовке нет названия</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are: %2</source>
        <translation>неизвестный столбец %1; допустимые столбцы: %2</translation>
    </message>
    <message>
        <source>unknown column %1 (did you mean %2?); the columns are: %3</source>
        <translation>неизвестный столбец %1 (может быть, имелся в виду %2?); допустимые столбцы: %3</translation>
    </message>
    <message>
        <source>column %1 appears twice (columns %2 and %3)</source>
        <translation>столбец %1 встречается дважды (столбцы %2 и %3)</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>отсутствует обязательный столбец %1</translation>
    </message>
    <message>
        <source>cannot read the record base %1: %2</source>
        <translation>не удаётся прочитать базу данных %1: %2</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (is a field with a delimiter not in quotes?)</source>
        <translation>в строке полей: %1, а в заголовке: %2 (возможно, поле с разделителем не заключено в кавычки?)</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>поле пустое, но обязательное</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 не входит в число допустимых значений: %2</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD</source>
        <translation>%1 не является датой в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is before the start_date %2</source>
        <translation>%1 раньше, чем start_date %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code</source>
        <translation>%1 не является кодом страны по ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more</source>
        <translation>%1 не является целым неотрицательным числом</translation>
    </message>
    <message>
        <source>%1 is the name of several projects in the record base; give the acronym</source>
        <translation>%1 — название нескольких проектов в базе данных; укажите аббревиатуру</translation>
    </message>
    <message>
        <source>%1 is the name of several agencies in the record base; give the acronym</source>
        <translation>%1 — название нескольких ведомств в базе данных; укажите аббревиатуру</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the new agency %3 on line %4</source>
        <translation>%1 отличается от значения, указанного для нового ведомства %3 в строке %4 (%2)</translation>
    </message>
    <message>
        <source>%1 differs from the country of %2 in the record base (%3)</source>
        <translation>%1 отличается от страны ведомства %2 в базе данных (%3)</translation>
    </message>
    <message>
        <source>several events of %1 named %2 start on %3 in the record base; the import cannot tell which one</source>
        <translation>в базе данных несколько мероприятий проекта %1 с названием %2 начинаются %3; импорт не может определить, какое из них имеется в виду</translation>
    </message>
    <message>
        <source>%1 differs from %2 given for the same event on line %3</source>
        <translation>%1 отличается от значения, указанного для того же мероприятия в строке %3 (%2)</translation>
    </message>
    <message>
        <source>%1 differs from the event&apos;s %2 in the record base (%3); the import does not change events</source>
        <translation>%1 отличается от значения %2 этого мероприятия в базе данных (%3); импорт не изменяет мероприятия</translation>
    </message>
    <message>
        <source>%1 is not an agency of the record base or of this file</source>
        <translation>%1 не является ведомством ни из базы данных, ни из этого файла</translation>
    </message>
    <message>
        <source>the event %1 (%2, %3) and the agency %4 are already on line %5; give each participation once</source>
        <translation>мероприятие %1 (%2, %3) и ведомство %4 уже указаны в строке %5; каждое участие указывается только один раз</translation>
    </message>
    <message>
        <source>%1 is not in the record base; to create it, give its agency_country</source>
        <translation>%1 нет в базе данных; чтобы создать это ведомство, укажите его agency_country</translation>
    </message>
    <message>
        <source>empty, but the event %1 is not in the record base and a new event needs a kind: %2</source>
        <translation>поле пустое, но мероприятия %1 нет в базе данных, а для нового мероприятия нужен тип: %2</translation>
    </message>
    <message>
        <source>the event %1 is not in the record base and a new event needs a kind: add an event_kind column (%2)</source>
        <translation>мероприятия %1 нет в базе данных, а для нового мероприятия нужен тип: добавьте столбец event_kind (%2)</translation>
    </message>
    <message>
        <source>cannot write to the record base %1: %2</source>
        <translation>не удаётся выполнить запись в базу данных %1: %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Импорт из файла %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems are not listed.</source>
        <translation>
            <numerusform>Ещё %n ошибка не показана.</numerusform>
            <numerusform>Ещё %n ошибки не показаны.</numerusform>
            <numerusform>Ещё %n ошибок не показано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::PgPassFile</name>
    <message>
        <source>The password file &quot;%1&quot; is ignored: it is not a plain file</source>
        <translation>Файл паролей «%1» не используется: это не обычный файл</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is ignored: its group or others may read it; its permissions should be u=rw (0600) or less</source>
        <translation>Файл паролей «%1» не используется: его могут читать группа или другие пользователи; права доступа должны быть u=rw (0600) или строже</translation>
    </message>
</context>
<context>
    <name>liaison::RecordBaseCopy</name>
    <message>
        <source>%1 has no column %2 to copy into.</source>
        <translation>В %1 нет столбца %2, в который можно было бы скопировать данные.</translation>
    </message>
    <message>
        <source>%1 already holds records; nothing was copied.</source>
        <translation>В %1 уже есть записи; ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 holds tables this version of Liaison cannot copy: %2.</source>
        <translation>В %1 есть таблицы, которые эта версия Liaison не может скопировать: %2.</translation>
    </message>
    <message>
        <source>The summary of %1 differs in the copy: %2.</source>
        <translation>Итоги для %1 в копии отличаются: %2.</translation>
    </message>
    <message>
        <source>The search index holds %1 rows in %2 but %3 in the copy.</source>
        <translation>Поисковый индекс содержит строк: %1 в %2, а в копии — %3.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordCommand</name>
    <message>
        <source>The record base refused the change.</source>
        <translation>База данных отклонила изменение.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordEditor</name>
    <message>
        <source>the table %1 has a foreign key of several columns, which deleting records does not support</source>
        <translation>в таблице %1 есть внешний ключ из нескольких столбцов, а удаление записей такие ключи не поддерживает</translation>
    </message>
    <message>
        <source>Countries are a fixed list and cannot be edited.</source>
        <translation>Страны — это фиксированный список, их нельзя изменять.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be edited.</source>
        <translation>Записи этого вида нельзя изменять.</translation>
    </message>
    <message>
        <source>There is no field “%1” in this kind of record.</source>
        <translation>В записях этого вида нет поля «%1».</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Поле «%1» обязательно для заполнения.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by %3 (%4).</source>
        <translation>%1 «%2» уже используется: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: «%2» — не дата; укажите дату в виде YYYY, YYYY-MM или YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more; “%2” is not.</source>
        <translation>%1: нужно целое число не меньше 0, а «%2» таковым не является.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: «%2» нет среди допустимых вариантов.</translation>
    </message>
    <message>
        <source>%1: there is no country with the code “%2”.</source>
        <translation>%1: нет страны с кодом «%2».</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record id.</source>
        <translation>%1: «%2» не является идентификатором записи.</translation>
    </message>
    <message>
        <source>%1: there is no agency with the id %2.</source>
        <translation>%1: нет ведомства с идентификатором %2.</translation>
    </message>
    <message>
        <source>%1: there is no programme or project with the id %2.</source>
        <translation>%1: нет программы или проекта с идентификатором %2.</translation>
    </message>
    <message>
        <source>%1: there is no source with the id %2.</source>
        <translation>%1: нет источника с идентификатором %2.</translation>
    </message>
    <message>
        <source>%1: there is no record with the id %2.</source>
        <translation>%1: нет записи с идентификатором %2.</translation>
    </message>
    <message>
        <source>%1 must be a web address starting with http:// or https://; “%2” is not.</source>
        <translation>%1: нужен веб-адрес, начинающийся с http:// или https://, а «%2» таковым не является.</translation>
    </message>
    <message>
        <source>End date %1 is before the start date %2.</source>
        <translation>Дата окончания %1 раньше даты начала %2.</translation>
    </message>
    <message>
        <source>End date %1 is less precise than the start date %2 in the same period: give the end date at least as precisely.</source>
        <translation>Дата окончания %1 указана менее точно, чем дата начала %2 в том же периоде: укажите дату окончания не менее точно.</translation>
    </message>
    <message>
        <source>An agency cannot be its own parent.</source>
        <translation>Вышестоящим ведомством не может быть само это ведомство.</translation>
    </message>
    <message>
        <source>A programme or project cannot be its own parent.</source>
        <translation>Вышестоящей программой или проектом не может быть сама эта запись.</translation>
    </message>
    <message>
        <source>%1 is under this agency: as its parent it would make a cycle.</source>
        <translation>%1 находится в подчинении этого ведомства: если сделать его вышестоящим, образуется цикл.</translation>
    </message>
    <message>
        <source>%1 is under this programme or project: as its parent it would make a cycle.</source>
        <translation>%1 входит в эту программу или проект: если сделать его вышестоящим, образуется цикл.</translation>
    </message>
    <message>
        <source>An international organisation has no country: leave %1 empty.</source>
        <translation>У международной организации нет страны: оставьте поле «%1» пустым.</translation>
    </message>
    <message>
        <source>An agency of kind “%1” needs a country.</source>
        <translation>Для ведомства типа «%1» нужно указать страну.</translation>
    </message>
    <message>
        <source>An agreement needs an agency or a country as its party.</source>
        <translation>Для соглашения нужно указать сторону — ведомство или страну.</translation>
    </message>
    <message>
        <source>Give the partner country, or the number of partner countries.</source>
        <translation>Укажите страну-партнёра или число стран-партнёров.</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 не является идентификатором записи.</translation>
    </message>
    <message>
        <source>There is already a record of this kind with the id %1.</source>
        <translation>Запись этого вида с идентификатором %1 уже существует.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>Записи %1 не существует.</translation>
    </message>
    <message numerus="yes">
        <source>The source “%1” is cited by %n record(s); give them another source before deleting it.</source>
        <translation>
            <numerusform>На источник «%1» ссылается %n запись; прежде чем удалять источник, укажите для неё другой.</numerusform>
            <numerusform>На источник «%1» ссылаются %n записи; прежде чем удалять источник, укажите для них другой.</numerusform>
            <numerusform>На источник «%1» ссылаются %n записей; прежде чем удалять источник, укажите для них другой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) still refer to this record, so it cannot be deleted.</source>
        <translation>
            <numerusform>На эту запись всё ещё ссылается %n другая запись, поэтому её нельзя удалить.</numerusform>
            <numerusform>На эту запись всё ещё ссылаются %n другие записи, поэтому её нельзя удалить.</numerusform>
            <numerusform>На эту запись всё ещё ссылаются %n других записей, поэтому её нельзя удалить.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting %1 changed other rows than expected, so nothing was deleted</source>
        <translation>удаление %1 затронуло не те строки, что ожидалось, поэтому ничего не удалено</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Нечего восстанавливать.</translation>
    </message>
    <message>
        <source>The snapshot of %1 does not fit this record base.</source>
        <translation>Сохранённая копия %1 не соответствует этой базе данных.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>Запись «%1» изменил кто-то другой после того, как вы её открыли, поэтому ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>%1: theirs “%2”, yours “%3”</source>
        <translation>%1: сохранено другим пользователем «%2», у вас «%3»</translation>
    </message>
</context>
<context>
    <name>liaison::RecordExport</name>
    <message>
        <source>%1 at events without a project</source>
        <translation>%1 — на мероприятиях вне проектов</translation>
    </message>
    <message>
        <source>%1 at events without a start date of year, month and day</source>
        <translation>%1 — на мероприятиях без полной даты начала (год, месяц и день)</translation>
    </message>
    <message>
        <source>%1 at events whose title is only spaces</source>
        <translation>%1 — на мероприятиях, название которых состоит только из пробелов</translation>
    </message>
    <message>
        <source>%1 of agencies whose name is only spaces</source>
        <translation>%1 — у ведомств, название которых состоит только из пробелов</translation>
    </message>
    <message>
        <source>%1 of agencies without a country</source>
        <translation>%1 — у ведомств без страны</translation>
    </message>
    <message>
        <source>%1 at events sharing project, title and start date with another</source>
        <translation>%1 — на мероприятиях, у которых проект, название и дата начала совпадают с другим мероприятием</translation>
    </message>
    <message>
        <source>%1 of agencies sharing their acronym or name with another agency of the event or of another country</source>
        <translation>%1 — у ведомств, аббревиатура или название которых совпадает с другим ведомством того же мероприятия или ведомством другой страны</translation>
    </message>
    <message>
        <source>Left out %1 of %2 participation records (%3 participants), which the import format cannot hold: %4.</source>
        <translation>Пропущено записей об участии: %1 из %2 (участников: %3), так как их нельзя представить в формате импорта: %4.</translation>
    </message>
    <message>
        <source>Left the organiser empty at %1 events: it takes part in none of the file&apos;s rows, so an import could not create it.</source>
        <translation>Организатор оставлен пустым у мероприятий (%1): он не участвует ни в одной строке файла, поэтому при импорте его нельзя было бы создать.</translation>
    </message>
    <message>
        <source>Left the end date empty at %1 events: it is only a year or a month.</source>
        <translation>Дата окончания оставлена пустой у мероприятий (%1): она указана только с точностью до года или месяца.</translation>
    </message>
    <message>
        <source>Cannot write %1: the record base is not open.</source>
        <translation>Не удаётся записать %1: база данных не открыта.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: reading %2 from %3 failed: %4</source>
        <translation>Не удаётся записать %1: ошибка чтения таблицы %2 из %3: %4</translation>
    </message>
    <message>
        <source>Cannot write %1: reading the participation from %2 failed: %3</source>
        <translation>Не удаётся записать %1: ошибка чтения данных об участии из %2: %3</translation>
    </message>
</context>
<context>
    <name>liaison::RecordFormDialog</name>
    <message>
        <source>Not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Неверная дата: укажите YYYY, YYYY-MM или YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation>Ошибка в поле «%1»: %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>The title of the form for a new record; %1 is the kind: &quot;New Agency&quot;</extracomment>
        <translation>Новая запись — %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>The title of the form for a record; %1 is its acronym or name: &quot;Edit TOPCOP&quot;</extracomment>
        <translation>Изменение записи %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>The label of a required field in a form</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>How to write a date in a form; keep the letters Y, M and D as they are</extracomment>
        <translation>YYYY, YYYY-MM или YYYY-MM-DD</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown in a number field left empty</extracomment>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны для заполнения.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>liaison::RecordKey</name>
    <message>
        <source>&quot;%1&quot; is not a record: write KIND:KEY (agency, project or event, then an acronym, a name or an id) or &quot;all&quot;</source>
        <translation>«%1» не указывает на запись: укажите KIND:KEY (agency, project или event, затем аббревиатура, название или числовой идентификатор) либо «all»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record: use agency, project or event</source>
        <translation>«%1» не является видом записи: укажите agency, project или event</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no record after the colon</source>
        <translation>в «%1» после двоеточия не указана запись</translation>
    </message>
</context>
<context>
    <name>liaison::RecordSchema</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Parent programme or project</source>
        <translation>Вышестоящая программа или проект</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Вышестоящее ведомство</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Project or programme</source>
        <translation>Проект или программа</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Страна-партнёр</translation>
    </message>
    <message>
        <source>Partner countries (more than)</source>
        <translation>Число стран-партнёров (более)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
</context>
<context>
    <name>liaison::RecordStore</name>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>No %1 &quot;%2&quot; in %3.</source>
        <translation>В %3 нет записи вида %1 с ключом «%2».</translation>
    </message>
    <message>
        <source>Several records of kind %1 are named &quot;%2&quot;; use the id instead.</source>
        <translation>Несколько записей вида %1 называются «%2»; укажите вместо названия числовой идентификатор.</translation>
    </message>
</context>
<context>
    <name>liaison::RecordTreeModel</name>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>Projects and programmes</source>
        <translation>Проекты и программы</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Международные организации</translation>
    </message>
    <message>
        <source>EU agencies and bodies</source>
        <translation>Агентства и органы ЕС</translation>
    </message>
    <message>
        <source>Events outside projects</source>
        <translation>Мероприятия вне проектов</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>acronym — full name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Role or date</source>
        <translation>Роль или дата</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>liaison::SearchIndex</name>
    <message>
        <source>%1 has no search index yet; opening it for writing adds one.</source>
        <translation>В %1 ещё нет поискового индекса; он будет создан при открытии файла с правом записи.</translation>
    </message>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>Не удаётся выполнить поиск в %1: %2</translation>
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
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every shortcut of the window, as its menus and actions define them.</source>
        <translation>Все сочетания клавиш этого окна в том виде, в каком они заданы в его меню и командах.</translation>
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
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
</context>
<context>
    <name>liaison::Vocabulary</name>
    <message>
        <source>funding</source>
        <comment>role of an agency in a project</comment>
        <translation>финансирующая организация</translation>
    </message>
    <message>
        <source>accountable</source>
        <comment>role of an agency in a project</comment>
        <translation>ответственная организация</translation>
    </message>
    <message>
        <source>implementing</source>
        <comment>role of an agency in a project</comment>
        <translation>организация-исполнитель</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>role of an agency in a project</comment>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <comment>role of an agency in a project</comment>
        <translation>бенефициар</translation>
    </message>
    <message>
        <source>member</source>
        <comment>role of an agency in a project</comment>
        <translation>член</translation>
    </message>
    <message>
        <source>National agency</source>
        <translation>Национальное ведомство</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Academy or training institution</source>
        <translation>Академия или учебное заведение</translation>
    </message>
    <message>
        <source>EU agency</source>
        <translation>Агентство ЕС</translation>
    </message>
    <message>
        <source>EU body</source>
        <translation>Орган ЕС</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Information-exchange network or system</source>
        <translation>Сеть или система обмена информацией</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Учебный модуль</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>project status</comment>
        <translation>планируется</translation>
    </message>
    <message>
        <source>active</source>
        <comment>project status</comment>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>project status</comment>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>project status</comment>
        <translation>отменено</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>project status</comment>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>Published article</source>
        <translation>Опубликованная статья</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Официальный документ</translation>
    </message>
    <message>
        <source>Illustrative sample</source>
        <translation>Вымышленный пример</translation>
    </message>
</context>
</TS>
