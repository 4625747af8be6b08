// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrylist.h"
#include "countrynames.h"
#include "database.h"
#include "demodatabase.h"
#include "partialdate.h"
#include "recordchoices.h"
#include "recordeditor.h"
#include "recordformdialog.h"
#include "recordschema.h"
#include "translations.h"
#include "vocabulary.h"

#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

Q_DECLARE_METATYPE(liaison::RecordKind)

namespace {

using FieldType = RecordSchema::FieldType;

QString kindName(RecordKind kind)
{
    return recordKindName(kind);
}

QWidget *inputOf(const RecordFormDialog &dialog, const QString &field)
{
    return dialog.findChild<QWidget *>(field);
}

QLabel *problemOf(const RecordFormDialog &dialog, const QString &field)
{
    return dialog.findChild<QLabel *>(field + QStringLiteral("Problem"));
}

// Types text key by key; beyond ASCII ("—", "ł") as keys that only carry text.
void typeText(QWidget *input, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(input, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, input, Qt::Key_unknown, QString(c), {});
    }
}

// Selects everything in an input and types text over it, as a user would.
void typeInto(QWidget *input, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        line->selectAll();
    } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
        spin->selectAll();
    } else if (auto *combo = qobject_cast<QComboBox *>(input); combo && combo->isEditable()) {
        combo->lineEdit()->selectAll();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(input)) {
        plain->selectAll();
    }
    if (text.isEmpty())
        QTest::keyClick(input, Qt::Key_Delete);
    else
        typeText(input, text);
}

// Where the form's rows are: the input's geometry in the dialog's coordinates.
QRect rectIn(const QWidget *widget, const QWidget *dialog)
{
    return QRect(widget->mapTo(dialog, QPoint(0, 0)), widget->size());
}

QString asText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

class TestRecordFormDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void recordChoices_everyRecordOfTheKindByDisplayName();
    void form_hasOneLabelledInputPerSchemaField_data();
    void form_hasOneLabelledInputPerSchemaField();
    void typing_everyFieldAndPressingEnter_returnsTheTypedFields_data();
    void typing_everyFieldAndPressingEnter_returnsTheTypedFields();
    void tab_visitsTheFieldsInOrder_escapeCancels();
    void validatorProblem_isShownBesideItsField_dialogStaysOpen();
    void realValidator_duplicateAcronymIsRefused_thenANewOneAccepted();
    void editing_prefillsTheCurrentValues_data();
    void editing_prefillsTheCurrentValues();
    void searchableLists_typedAcronymCodeOrUniquePart_resolve();
    void date_showsTheDateAsItWillBeDisplayed();
    void count_emptyWhenNotRequired();
    void languageChange_retranslatesLabelsChoicesAndCountries();

private:
    qint64 agencyId(const QString &acronym) const;

    QTemporaryDir m_dir;
    Database m_db;
    QLocale m_defaultLocale;
};

void TestRecordFormDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_defaultLocale = QLocale();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    QVERIFY2(m_db.open(path, Database::OpenMode::ReadOnly), qPrintable(m_db.errorString()));
    QVERIFY(!RecordSchema::editableKinds().isEmpty());
}

void TestRecordFormDialog::cleanup()
{
    Translations::install(QStringLiteral("en"));
    QLocale::setDefault(m_defaultLocale);
}

qint64 TestRecordFormDialog::agencyId(const QString &acronym) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM agencies WHERE acronym = :acronym"));
    query.bindValue(QStringLiteral(":acronym"), acronym);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

void TestRecordFormDialog::recordChoices_everyRecordOfTheKindByDisplayName()
{
    const auto agencies = RecordChoices::list(m_db, RecordKind::Agency);
    QSqlQuery count(m_db.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM agencies")) && count.next());
    QCOMPARE(agencies.size(), count.value(0).toLongLong());
    const qint64 ascca = agencyId(QStringLiteral("ASCCA"));
    QVERIFY(ascca > 0);
    bool found = false;
    for (const auto &[id, name] : agencies) {
        if (id == ascca) {
            QCOMPARE(name,
                     QStringLiteral("ASCCA — State Customs Committee of the Republic of "
                                    "Azerbaijan"));
            found = true;
        }
    }
    QVERIFY(found);
    for (qsizetype i = 1; i < agencies.size(); ++i)
        QVERIFY2(
            agencies.at(i - 1).second.compare(agencies.at(i).second, Qt::CaseInsensitive) <= 0,
            qPrintable(agencies.at(i - 1).second + QStringLiteral(" > ") + agencies.at(i).second));
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM events")) && count.next());
    QCOMPARE(RecordChoices::list(m_db, RecordKind::Event).size(), count.value(0).toLongLong());
    QCOMPARE(RecordChoices::shortName(m_db, RecordId::of(RecordKind::Agency, ascca)),
             QStringLiteral("ASCCA"));
}

void TestRecordFormDialog::form_hasOneLabelledInputPerSchemaField_data()
{
    QTest::addColumn<RecordKind>("kind");
    for (RecordKind kind : RecordSchema::editableKinds())
        QTest::newRow(qPrintable(kindName(kind))) << kind;
}

void TestRecordFormDialog::form_hasOneLabelledInputPerSchemaField()
{
    QFETCH(RecordKind, kind);
    RecordFormDialog dialog(m_db, kind, {});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("New ") + RecordSchema::kindLabel(kind));
    const QList<RecordSchema::Field> fields = RecordSchema::fieldsOf(kind);
    QVERIFY(!fields.isEmpty());
    QCOMPARE(dialog.fields().keys().size(), fields.size());
    for (const RecordSchema::Field &field : fields) {
        QWidget *input = inputOf(dialog, field.name);
        QVERIFY2(input, qPrintable(field.name));
        QCOMPARE(input->accessibleName(), field.label());
        QVERIFY2(dialog.fields().contains(field.name), qPrintable(field.name));
        // The label names the field; a required one is bold and starred.
        const auto labels = dialog.findChildren<QLabel *>();
        const auto label = std::find_if(labels.cbegin(), labels.cend(),
                                        [input](const QLabel *l) { return l->buddy() == input; });
        QVERIFY2(label != labels.cend(), qPrintable(field.name));
        QVERIFY((*label)->text().startsWith(field.label()));
        QCOMPARE((*label)->text().endsWith(QLatin1Char('*')), field.required);
        QCOMPARE((*label)->font().bold(), field.required);
        switch (field.type) {
        case FieldType::Text:
        case FieldType::Url:
            QVERIFY2(qobject_cast<QLineEdit *>(input), qPrintable(field.name));
            break;
        case FieldType::Date:
            QVERIFY2(qobject_cast<QLineEdit *>(input), qPrintable(field.name));
            QCOMPARE(qobject_cast<QLineEdit *>(input)->placeholderText(),
                     QStringLiteral("YYYY, YYYY-MM or YYYY-MM-DD"));
            break;
        case FieldType::LongText:
            QVERIFY2(qobject_cast<QPlainTextEdit *>(input), qPrintable(field.name));
            break;
        case FieldType::Count: {
            auto *spin = qobject_cast<QSpinBox *>(input);
            QVERIFY2(spin, qPrintable(field.name));
            QCOMPARE(spin->maximum(), 10'000'000);
            break;
        }
        case FieldType::Choice: {
            auto *combo = qobject_cast<QComboBox *>(input);
            QVERIFY2(combo, qPrintable(field.name));
            QCOMPARE(combo->count(), field.choices.size() + (field.required ? 0 : 1));
            for (const QString &code : field.choices)
                QVERIFY2(combo->findData(code) >= 0, qPrintable(code));
            break;
        }
        case FieldType::Country: {
            auto *combo = qobject_cast<QComboBox *>(input);
            QVERIFY2(combo, qPrintable(field.name));
            QCOMPARE(combo->count(), CountryList::all().size() + (field.required ? 0 : 1));
            const int poland = combo->findData(QStringLiteral("PL"));
            QVERIFY(poland >= 0);
            QCOMPARE(combo->itemText(poland), QStringLiteral("Poland"));
            break;
        }
        case FieldType::Reference: {
            auto *combo = qobject_cast<QComboBox *>(input);
            QVERIFY2(combo, qPrintable(field.name));
            const auto records = RecordChoices::list(m_db, field.referenceKind);
            QVERIFY2(!records.isEmpty(), qPrintable(field.name));
            const int offset = field.required ? 0 : 1;
            QCOMPARE(combo->count(), records.size() + offset);
            for (qsizetype i = 0; i < records.size(); ++i) {
                QCOMPARE(combo->itemText(int(i) + offset), records.at(i).second);
                QCOMPARE(combo->itemData(int(i) + offset).toLongLong(), records.at(i).first);
            }
            break;
        }
        }
        // A new record starts empty: nothing is chosen for the user.
        if (field.type != FieldType::Count || !field.required)
            QVERIFY2(asText(dialog.fields().value(field.name)).isEmpty(), qPrintable(field.name));
    }
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("requiredNote"))->isVisibleTo(&dialog),
             std::any_of(fields.cbegin(), fields.cend(),
                         [](const RecordSchema::Field &f) { return f.required; }));
}

void TestRecordFormDialog::typing_everyFieldAndPressingEnter_returnsTheTypedFields_data()
{
    form_hasOneLabelledInputPerSchemaField_data();
}

void TestRecordFormDialog::typing_everyFieldAndPressingEnter_returnsTheTypedFields()
{
    QFETCH(RecordKind, kind);
    RecordFormDialog dialog(m_db, kind, {});
    QVariantMap validated;
    int validations = 0;
    dialog.setValidator([&](const QVariantMap &fields) {
        validated = fields;
        ++validations;
        return RecordEditor::Problems();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QVariantMap expected;
    QWidget *lastLine = nullptr;
    for (const RecordSchema::Field &field : RecordSchema::fieldsOf(kind)) {
        QWidget *input = inputOf(dialog, field.name);
        QVERIFY2(input, qPrintable(field.name));
        input->setFocus();
        switch (field.type) {
        case FieldType::Text:
            typeInto(input, QStringLiteral("  Sample %1 ").arg(field.name));
            expected.insert(field.name, QStringLiteral("Sample %1").arg(field.name));
            lastLine = input;
            break;
        case FieldType::Url:
            typeInto(input, QStringLiteral("https://example.org/") + field.name);
            expected.insert(field.name, QStringLiteral("https://example.org/") + field.name);
            lastLine = input;
            break;
        case FieldType::LongText:
            typeInto(input, QStringLiteral("Several words about %1").arg(field.name));
            expected.insert(field.name, QStringLiteral("Several words about %1").arg(field.name));
            break;
        case FieldType::Date:
            typeInto(input, QStringLiteral("2023-05"));
            expected.insert(field.name, QStringLiteral("2023-05"));
            lastLine = input;
            break;
        case FieldType::Count:
            typeInto(input, QStringLiteral("1234"));
            expected.insert(field.name, 1234);
            break;
        case FieldType::Choice: {
            // The last choice, found by typing the start of its name.
            auto *combo = qobject_cast<QComboBox *>(input);
            const QString code = field.choices.constLast();
            typeText(combo, combo->itemText(combo->findData(code)));
            expected.insert(field.name, code);
            break;
        }
        case FieldType::Country:
            typeText(input, QStringLiteral("Poland"));
            expected.insert(field.name, QStringLiteral("PL"));
            break;
        case FieldType::Reference: {
            const auto records = RecordChoices::list(m_db, field.referenceKind);
            QVERIFY(!records.isEmpty());
            const auto &record = records.at(records.size() / 2);
            typeInto(input, record.second);
            expected.insert(field.name, record.first);
            break;
        }
        }
    }
    QVERIFY2(lastLine, "no one-line field to press Enter in");
    lastLine->setFocus();
    QTest::keyClick(lastLine, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(validations, 1);
    QCOMPARE(validated, dialog.fields());
    const QVariantMap fields = dialog.fields();
    QCOMPARE(fields.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(asText(fields.value(it.key())), asText(it.value()));
}

void TestRecordFormDialog::tab_visitsTheFieldsInOrder_escapeCancels()
{
    const RecordKind kind = RecordSchema::editableKinds().constFirst();
    RecordFormDialog dialog(m_db, kind, {});
    int validations = 0;
    dialog.setValidator([&](const QVariantMap &) {
        ++validations;
        return RecordEditor::Problems();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QList<RecordSchema::Field> fields = RecordSchema::fieldsOf(kind);
    QCOMPARE(QApplication::focusWidget(), inputOf(dialog, fields.constFirst().name));
    for (qsizetype i = 1; i < fields.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        QWidget *expected = inputOf(dialog, fields.at(i).name);
        QVERIFY2(
            focused == expected || expected->isAncestorOf(focused),
            qPrintable(
                QStringLiteral("after %1: %2").arg(fields.at(i - 1).name, focused->objectName())));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(validations, 0);
}

void TestRecordFormDialog::validatorProblem_isShownBesideItsField_dialogStaysOpen()
{
    const RecordKind kind = RecordKind::Agency;
    const QList<RecordSchema::Field> fields = RecordSchema::fieldsOf(kind);
    QVERIFY(fields.size() >= 2);
    // A field further down than the first, so focusing it is a visible move.
    const QString bad = fields.at(1).name;
    RecordFormDialog dialog(m_db, kind, {});
    const QString message = QStringLiteral("This is not right.");
    const QString general = QStringLiteral("The record as a whole is not right.");
    bool valid = false;
    dialog.setValidator([&](const QVariantMap &) {
        return valid ? RecordEditor::Problems()
                     : RecordEditor::Problems({{bad, message}, {QString(), general}});
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QLabel *problem = problemOf(dialog, bad);
    auto *recordProblem = dialog.findChild<QLabel *>(QStringLiteral("recordProblem"));
    QVERIFY(problem && recordProblem);
    QVERIFY(!problem->isVisible());
    QVERIFY(!recordProblem->isVisible());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), message);
    QVERIFY(recordProblem->isVisible());
    QCOMPARE(recordProblem->text(), general);
    // Beside its field: right of the input, on the same row; the general
    // problem above every field.
    QWidget *input = inputOf(dialog, bad);
    const QRect inputRect = rectIn(input, &dialog);
    const QRect problemRect = rectIn(problem, &dialog);
    QVERIFY2(problemRect.left() >= inputRect.right(), "the problem is not right of its field");
    QVERIFY2(problemRect.top() < inputRect.bottom() && problemRect.bottom() > inputRect.top(),
             "the problem is not on its field's row");
    QVERIFY(rectIn(recordProblem, &dialog).bottom()
            < rectIn(inputOf(dialog, fields.constFirst().name), &dialog).top());
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused == input || input->isAncestorOf(focused), "the bad field has no focus");
    QCOMPARE(input->accessibleDescription(), message);
    // The other fields show nothing.
    for (const RecordSchema::Field &field : fields) {
        if (field.name != bad)
            QVERIFY2(!problemOf(dialog, field.name)->isVisible(), qPrintable(field.name));
    }

    valid = true;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!problem->isVisibleTo(&dialog));
    QVERIFY(!recordProblem->isVisibleTo(&dialog));
}

void TestRecordFormDialog::realValidator_duplicateAcronymIsRefused_thenANewOneAccepted()
{
    // The form with RecordEditor's own validation, as the window wires them.
    const QString path = m_dir.filePath(QStringLiteral("writable.sqlite"));
    QString error;
    QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    RecordFormDialog dialog(db, RecordKind::Agency, {});
    dialog.setValidator([&db](const QVariantMap &fields) {
        return RecordEditor(db).validate(RecordKind::Agency, 0, fields);
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    for (const RecordSchema::Field &field : RecordSchema::fieldsOf(RecordKind::Agency)) {
        QWidget *input = inputOf(dialog, field.name);
        input->setFocus();
        if (field.name == QLatin1String("name")) {
            typeInto(input, QStringLiteral("National Customs Agency of Sample"));
        } else if (field.name == QLatin1String("acronym")) {
            typeInto(input, QStringLiteral("ascca")); // ASCCA's, in another case
        } else if (field.name == QLatin1String("kind")) {
            typeText(input, Vocabulary::agencyKindName(QStringLiteral("national_agency")));
        } else if (field.type == FieldType::Country) {
            typeText(input, QStringLiteral("Poland"));
        } else if (field.type == FieldType::Reference && field.required) {
            const auto records = RecordChoices::list(db, field.referenceKind);
            QVERIFY(!records.isEmpty());
            typeInto(input, records.constFirst().second);
        }
    }
    auto *acronym = qobject_cast<QLineEdit *>(inputOf(dialog, QStringLiteral("acronym")));
    QVERIFY(acronym);
    acronym->setFocus();
    QTest::keyClick(acronym, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QLabel *problem = problemOf(dialog, QStringLiteral("acronym"));
    QVERIFY2(problem->isVisible(), qPrintable(problem->text()));
    QVERIFY(!problem->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), acronym);
    // Only the acronym is wrong.
    for (const RecordSchema::Field &field : RecordSchema::fieldsOf(RecordKind::Agency)) {
        if (field.name != QLatin1String("acronym"))
            QVERIFY2(!problemOf(dialog, field.name)->isVisible(),
                     qPrintable(field.name + QStringLiteral(": ")
                                + problemOf(dialog, field.name)->text()));
    }

    typeInto(acronym, QStringLiteral("NCAS"));
    QTest::keyClick(acronym, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.fields().value(QStringLiteral("acronym")).toString(), QStringLiteral("NCAS"));
    QCOMPARE(dialog.fields().value(QStringLiteral("country_code")).toString(),
             QStringLiteral("PL"));
}

void TestRecordFormDialog::editing_prefillsTheCurrentValues_data()
{
    form_hasOneLabelledInputPerSchemaField_data();
}

void TestRecordFormDialog::editing_prefillsTheCurrentValues()
{
    QFETCH(RecordKind, kind);
    const QList<RecordSchema::Field> fields = RecordSchema::fieldsOf(kind);
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(RecordSchema::tableOf(kind))));
    int records = 0;
    bool topcop = false;
    while (query.next()) {
        QVariantMap values;
        for (const RecordSchema::Field &field : fields) {
            const int column = query.record().indexOf(field.name);
            QVERIFY2(column >= 0, qPrintable(field.name));
            values.insert(field.name, query.value(column));
        }
        RecordFormDialog dialog(m_db, kind, values);
        const QVariantMap shown = dialog.fields();
        for (const RecordSchema::Field &field : fields) {
            QVERIFY2(shown.contains(field.name), qPrintable(field.name));
            QCOMPARE(asText(shown.value(field.name)), asText(values.value(field.name)).trimmed());
        }
        QVERIFY2(dialog.changedFields().isEmpty(),
                 qPrintable(dialog.changedFields().keys().join(QLatin1Char(' '))));
        const QString name = RecordChoices::shortName(values);
        if (!name.isEmpty())
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit ") + name);
        if (values.value(QStringLiteral("acronym")) == QLatin1String("TOPCOP")) {
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit TOPCOP"));
            topcop = true;
        }
        // Changing one field changes only that one.
        const RecordSchema::Field &first = fields.constFirst();
        QCOMPARE(first.type, FieldType::Text);
        typeInto(inputOf(dialog, first.name), QStringLiteral("Changed"));
        QCOMPARE(dialog.changedFields(), QVariantMap({{first.name, QStringLiteral("Changed")}}));
        ++records;
    }
    QVERIFY2(records > 0, "the demo has no record of this kind");
    QCOMPARE(topcop, kind == RecordKind::Project);
}

void TestRecordFormDialog::searchableLists_typedAcronymCodeOrUniquePart_resolve()
{
    RecordFormDialog dialog(m_db, RecordKind::Event, {});
    QWidget *organiser = inputOf(dialog, QStringLiteral("organiser_id"));
    QWidget *project = inputOf(dialog, QStringLiteral("project_id"));
    QWidget *country = inputOf(dialog, QStringLiteral("country_code"));
    QVERIFY(organiser && project && country);
    const auto field = [&dialog](const char *name) {
        return dialog.fields().value(QLatin1String(name));
    };
    // An acronym in any case.
    typeInto(organiser, QStringLiteral("cepol"));
    QCOMPARE(field("organiser_id").toLongLong(), agencyId(QStringLiteral("CEPOL")));
    typeInto(project, QStringLiteral("TOPCOP"));
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects WHERE acronym = 'TOPCOP'"))
            && query.next());
    QCOMPARE(field("project_id").toLongLong(), query.value(0).toLongLong());
    // A part of a name only one record has.
    typeInto(organiser, QStringLiteral("Azerbaijan"));
    QCOMPARE(field("organiser_id").toLongLong(), agencyId(QStringLiteral("ASCCA")));
    // A country by its name, its code or a part of its name only it has.
    typeInto(country, QStringLiteral("poland"));
    QCOMPARE(field("country_code").toString(), QStringLiteral("PL"));
    typeInto(country, QStringLiteral("ge"));
    QCOMPARE(field("country_code").toString(), QStringLiteral("GE"));
    typeInto(country, QStringLiteral("Moldov"));
    QCOMPARE(field("country_code").toString(), QStringLiteral("MD"));
    // Text that names nothing stays as typed, for the validator to refuse;
    // so does text several records share.
    typeInto(country, QStringLiteral("Atlantis"));
    QCOMPARE(field("country_code").toString(), QStringLiteral("Atlantis"));
    typeInto(organiser, QStringLiteral("Customs"));
    QCOMPARE(field("organiser_id").toString(), QStringLiteral("Customs"));
    // Emptied.
    typeInto(organiser, QString());
    QCOMPARE(field("organiser_id"), QVariant(QString()));
}

void TestRecordFormDialog::date_showsTheDateAsItWillBeDisplayed()
{
    int dates = 0;
    for (RecordKind kind : RecordSchema::editableKinds()) {
        RecordFormDialog dialog(m_db, kind, {});
        for (const RecordSchema::Field &field : RecordSchema::fieldsOf(kind)) {
            if (field.type != FieldType::Date)
                continue;
            ++dates;
            QWidget *input = inputOf(dialog, field.name);
            auto *display = dialog.findChild<QLabel *>(field.name + QStringLiteral("Display"));
            QVERIFY(input && display);
            QVERIFY(display->text().isEmpty());
            typeInto(input, QStringLiteral("2021-04"));
            QCOMPARE(display->text(), QStringLiteral("April 2021"));
            typeInto(input, QStringLiteral("2021-10-11"));
            QCOMPARE(display->text(),
                     PartialDate::fromIso(QStringLiteral("2021-10-11")).toDisplayString());
            QVERIFY(display->text().contains(QStringLiteral("October")));
            typeInto(input, QStringLiteral("2021-13"));
            QVERIFY2(display->text().contains(QStringLiteral("YYYY-MM")),
                     qPrintable(display->text()));
            QCOMPARE(dialog.fields().value(field.name).toString(), QStringLiteral("2021-13"));
        }
    }
    QVERIFY2(dates > 0, "no date field in any form");
}

void TestRecordFormDialog::count_emptyWhenNotRequired()
{
    int counts = 0;
    for (RecordKind kind : RecordSchema::editableKinds()) {
        for (const RecordSchema::Field &field : RecordSchema::fieldsOf(kind)) {
            if (field.type != FieldType::Count)
                continue;
            ++counts;
            RecordFormDialog dialog(m_db, kind, {{field.name, 42}});
            auto *spin = qobject_cast<QSpinBox *>(inputOf(dialog, field.name));
            QVERIFY(spin);
            QCOMPARE(dialog.fields().value(field.name).toInt(), 42);
            typeInto(spin, QStringLiteral("154"));
            QCOMPARE(dialog.fields().value(field.name).toInt(), 154);
            typeInto(spin, QString());
            spin->interpretText();
            if (field.required) {
                QCOMPARE(dialog.fields().value(field.name).toInt(), 154);
            } else {
                QCOMPARE(dialog.fields().value(field.name), QVariant(QString()));
                QVERIFY(!spin->specialValueText().isEmpty());
                QCOMPARE(spin->text(), spin->specialValueText());
            }
        }
    }
    QVERIFY2(counts > 0, "no count field in any form");
}

void TestRecordFormDialog::languageChange_retranslatesLabelsChoicesAndCountries()
{
    const RecordKind kind = RecordKind::Agency;
    RecordFormDialog dialog(m_db, kind,
                            {{QStringLiteral("kind"), QStringLiteral("national_agency")},
                             {QStringLiteral("country_code"), QStringLiteral("PL")}});
    auto *kindCombo = qobject_cast<QComboBox *>(inputOf(dialog, QStringLiteral("kind")));
    auto *country = qobject_cast<QComboBox *>(inputOf(dialog, QStringLiteral("country_code")));
    QVERIFY(kindCombo && country);
    QCOMPARE(kindCombo->currentText(), QStringLiteral("National agency"));
    QCOMPARE(country->currentText(), QStringLiteral("Poland"));

    QCOMPARE(Translations::install(QStringLiteral("ru")), QStringLiteral("ru"));
    QCoreApplication::processEvents();
    const QString national = Vocabulary::agencyKindName(QStringLiteral("national_agency"));
    QVERIFY(national != QLatin1String("National agency"));
    QCOMPARE(kindCombo->currentText(), national);
    for (int i = 0; i < kindCombo->count(); ++i) {
        const QString code = kindCombo->itemData(i).toString();
        if (!code.isEmpty())
            QCOMPARE(kindCombo->itemText(i), Vocabulary::agencyKindName(code));
    }
    const QString poland = CountryNames::displayName(QStringLiteral("Poland"));
    QVERIFY(poland != QLatin1String("Poland"));
    QCOMPARE(country->currentText(), poland);
    QCOMPARE(dialog.fields().value(QStringLiteral("country_code")).toString(),
             QStringLiteral("PL"));
    // Countries sorted by their names in the new language.
    QStringList names;
    for (int i = 0; i < country->count(); ++i) {
        if (!country->itemData(i).toString().isEmpty())
            names.append(country->itemText(i));
    }
    QCOMPARE(names.size(), CountryList::all().size());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QVERIFY(std::is_sorted(names.cbegin(), names.cend(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a, b) < 0;
    }));
    QVERIFY(names.contains(CountryNames::displayName(QStringLiteral("Azerbaijan"))));
    QVERIFY(!names.contains(QStringLiteral("Azerbaijan")));
    // Labels, accessible names and the title follow the schema's labels.
    for (const RecordSchema::Field &field : RecordSchema::fieldsOf(kind))
        QCOMPARE(inputOf(dialog, field.name)->accessibleName(), field.label());
    QVERIFY(dialog.windowTitle().contains(RecordSchema::kindLabel(kind)));

    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(kindCombo->currentText(), QStringLiteral("National agency"));
    QCOMPARE(country->currentText(), QStringLiteral("Poland"));
}

QTEST_MAIN(TestRecordFormDialog)
#include "tst_recordformdialog.moc"
