// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace liaison;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "obsolete", "vanished" or empty
    QStringList translations;

    QString id() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1, line %2: %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?n|[1-9])"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

QString tsPath(const QString &name)
{
    return QDir(QStringLiteral(LIAISON_SOURCE_DIR "/translations")).filePath(name);
}

} // namespace

// Every shipped language is complete: no unfinished or empty translation,
// every placeholder kept, and nothing in the sources that the catalogues lack.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogue_isComplete_data();
    void catalogue_isComplete();
    void catalogue_holdsEverySourceString_data();
    void catalogue_holdsEverySourceString();
    void english_givesEveryPluralItsForms();
    void shippedLanguages_haveEmbeddedCatalogues_data();
    void shippedLanguages_haveEmbeddedCatalogues();

private:
    QList<Message> m_sourceMessages;
};

void TestTranslations::initTestCase()
{
    // What lupdate finds in the sources today.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_ru.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LIAISON_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral(LIAISON_SOURCE_DIR "/app"),
                   QStringLiteral(LIAISON_SOURCE_DIR "/ui"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    m_sourceMessages = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_sourceMessages.size() > 300);
}

void TestTranslations::catalogue_isComplete_data()
{
    QTest::addColumn<QString>("file");
    for (const Translations::Language &language : Translations::shipped()) {
        if (language.code != QLatin1String("en"))
            QTest::newRow(qPrintable(language.code))
                << QStringLiteral("liaison_%1.ts").arg(language.code);
    }
    for (const char *code : {"az", "ka", "hy", "ro", "pl", "uk"})
        QTest::newRow(qPrintable(QStringLiteral("qt %1").arg(QLatin1String(code))))
            << QStringLiteral("qtstrings_%1.ts").arg(QLatin1String(code));
}

void TestTranslations::catalogue_isComplete()
{
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = readTs(tsPath(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const QString where =
            message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(where, message.type);
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems << where + QStringLiteral(" has an empty translation");
            else if (placeholders(translation) != placeholders(message.source))
                problems
                    << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslations::catalogue_holdsEverySourceString_data()
{
    QTest::addColumn<QString>("code");
    for (const Translations::Language &language : Translations::shipped()) {
        if (language.code != QLatin1String("en"))
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void TestTranslations::catalogue_holdsEverySourceString()
{
    QFETCH(QString, code);
    QString error;
    const QList<Message> shipped =
        readTs(tsPath(QStringLiteral("liaison_%1.ts").arg(code)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> ids;
    for (const Message &message : shipped)
        ids.insert(message.id());
    QStringList missing;
    for (const Message &message : m_sourceMessages) {
        if (!ids.contains(message.id()))
            missing << message.context + QStringLiteral(": ") + message.source;
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(
            QStringLiteral("not in liaison_%1.ts (run the update_translations target):\n").arg(code)
            + missing.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslations::english_givesEveryPluralItsForms()
{
    QString error;
    const QList<Message> english = readTs(tsPath(QStringLiteral("liaison_en.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Message> byId;
    for (const Message &message : english)
        byId.insert(message.id(), message);
    QStringList problems;
    for (const Message &message : m_sourceMessages) {
        if (!message.numerus)
            continue;
        const Message found = byId.value(message.id());
        if (found.source.isEmpty() || !found.type.isEmpty() || found.translations.size() != 2
            || found.translations.contains(QString()))
            problems << message.context + QStringLiteral(": ") + message.source;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::shippedLanguages_haveEmbeddedCatalogues_data()
{
    QTest::addColumn<QString>("code");
    for (const Translations::Language &language : Translations::shipped())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestTranslations::shippedLanguages_haveEmbeddedCatalogues()
{
    QFETCH(QString, code);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/liaison_%1.qm").arg(code)));
    QCOMPARE(Translations::install(code), code);
    QCOMPARE(QLocale().name().left(2), code);
    // Qt's own standard button text is in the language too.
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    if (code == QLatin1String("en"))
        QCOMPARE(cancel, QStringLiteral("Cancel"));
    else
        QVERIFY2(cancel != QLatin1String("Cancel"), qPrintable(code));
    Translations::install(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
