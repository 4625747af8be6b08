// SPDX-License-Identifier: GPL-3.0-or-later
// File → Connect to Server…: every field labelled (and translated), the
// address it makes, and the password kept out of the address shown.
#include "applicationidentity.h"
#include "connectdialog.h"
#include "translations.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace liaison;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyField_hasALabel_inEveryLanguage_data();
    void everyField_hasALabel_inEveryLanguage();
    void typedFields_makeTheAddress_withoutShowingThePassword();
};

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
}

void TestConnectDialog::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestConnectDialog::everyField_hasALabel_inEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code :
         {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("az"), QStringLiteral("ka"),
          QStringLiteral("hy"), QStringLiteral("uk"), QStringLiteral("ro"), QStringLiteral("pl")})
        QTest::newRow(qPrintable(code)) << code;
}

void TestConnectDialog::everyField_hasALabel_inEveryLanguage()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    ConnectDialog dialog;
    auto *form = dialog.findChild<QFormLayout *>();
    QVERIFY(form);
    QStringList labels;
    for (const char *name : {"host", "port", "database", "user", "password"}) {
        auto *field = dialog.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(field, name);
        auto *label = qobject_cast<QLabel *>(form->labelForField(field));
        QVERIFY2(label && !label->text().isEmpty(), name);
        QCOMPARE(label->buddy(), field); // Alt+letter reaches the field
        labels.append(label->text());
    }
    const QString remember =
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->text();
    QVERIFY(!remember.isEmpty());
    if (language != QLatin1String("en")) {
        // Translated, not left in English ("Server" is the same word in some).
        const QStringList english = {QStringLiteral("&Server:"), QStringLiteral("&Port:"),
                                     QStringLiteral("&Database:"), QStringLiteral("&User:"),
                                     QStringLiteral("Pass&word:")};
        QVERIFY2(!labels.contains(english.at(2)) && !labels.contains(english.at(4)),
                 qPrintable(labels.join(u'|')));
        QVERIFY(remember != QStringLiteral("&Remember the password in the system keychain"));
    }
}

void TestConnectDialog::typedFields_makeTheAddress_withoutShowingThePassword()
{
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    ConnectDialog dialog;
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("db.office"));
    QVERIFY(!ok->isEnabled()); // no database yet
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(6543);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("records"));
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("anna"));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("s3cr:t@x"));
    QVERIFY(ok->isEnabled());
    const DatabaseLocation location = dialog.location();
    QVERIFY(location.isPostgres());
    QCOMPARE(location.host(), QStringLiteral("db.office"));
    QCOMPARE(location.port(), 6543);
    QCOMPARE(location.databaseName(), QStringLiteral("records"));
    QCOMPARE(location.user(), QStringLiteral("anna"));
    QCOMPARE(location.password(), QStringLiteral("s3cr:t@x"));
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("address"))->text();
    QVERIFY2(shown.contains(QStringLiteral("anna@db.office:6543/records")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("s3cr")));
    QVERIFY(!location.displayName().contains(QStringLiteral("s3cr")));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
