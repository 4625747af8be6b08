// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The Debian package CPack makes from this build (resources/CMakeLists.txt):
// made once into a temporary folder, then its files and control fields are
// checked, and its binary is run.
class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contents_data();
    void contents();
    void everyFile_isUnderUsr();
    void binary_isExecutable();
    void metainfo_namesTheVersion();
    void control_data();
    void control();
    void depends_data();
    void depends();
    void packagedBinary_runs();

private:
    QString extractedRoot();

    QTemporaryDir m_dir;
    QString m_package;
    QHash<QString, QString> m_modes; // path in the package ("usr/bin/liaison") -> mode
    QHash<QString, QString> m_fields; // control field -> value
    QStringList m_depends; // package names, without versions
    QString m_root;
};

namespace {

const QString appId = QStringLiteral("org.example.Liaison");

// Runs a program to its end; on failure says what ran and what it printed.
bool run(const QString &program, const QStringList &arguments, QByteArray *output, QString *failure,
         const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(90000);
    *output = process.readAllStandardOutput();
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *failure = QStringLiteral("%1 %2 failed (%3):\n%4\n%5")
                   .arg(program, arguments.join(QLatin1Char(' ')),
                        finished ? QStringLiteral("exit code %1").arg(process.exitCode())
                                 : process.errorString(),
                        QString::fromLocal8Bit(*output), stderrText);
    return false;
}

// "libqt6core6 (>= 6.4.0), libc6 (>= 2.34) | libc6.1" -> every package named.
QStringList packageNames(const QString &depends)
{
    QStringList names;
    const QRegularExpression version(QStringLiteral("\\(.*\\)"));
    for (const QString &entry : depends.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (QString alternative : entry.split(QLatin1Char('|'))) {
            alternative.remove(version);
            alternative = alternative.trimmed();
            if (!alternative.isEmpty())
                names.append(alternative);
        }
    }
    return names;
}

} // namespace

void TestPackage::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    // dpkg-deb comes with dpkg; CPack runs dpkg-shlibdeps to find the
    // libraries' packages, and it comes with dpkg-dev.
    for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not installed: install dpkg-dev (the package "
                                           "list of .ci/setup.sh has it)")
                                .arg(QLatin1String(tool))));
    }
    const QString config = QStringLiteral(LIAISON_CPACK_CONFIG);
    QVERIFY2(
        QFileInfo::exists(config),
        qPrintable(
            QStringLiteral("%1 is missing: configure the build with CMake first").arg(config)));

    // CPack installs the build tree into its own staging folder under -B, but
    // the install script writes install_manifest.txt into the build tree, as
    // `cmake --install` does: put back what was there.
    const QString manifestPath =
        QFileInfo(config).absoluteDir().filePath(QStringLiteral("install_manifest.txt"));
    QFile manifest(manifestPath);
    const bool hadManifest = manifest.exists();
    QByteArray manifestContents;
    if (hadManifest && manifest.open(QIODevice::ReadOnly)) {
        manifestContents = manifest.readAll();
        manifest.close();
    }
    QByteArray output;
    QString failure;
    const bool packaged =
        run(QStringLiteral(LIAISON_CPACK),
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"), config,
             QStringLiteral("-B"), m_dir.path()},
            &output, &failure, m_dir.path());
    if (hadManifest) {
        if (manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
            manifest.write(manifestContents);
    } else {
        QFile::remove(manifestPath);
    }
    QVERIFY2(packaged, qPrintable(failure));

    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QVERIFY2(debs.size() == 1,
             qPrintable(QStringLiteral("cpack should make one .deb, made: %1\n%2")
                            .arg(debs.join(QStringLiteral(", ")), QString::fromLocal8Bit(output))));
    m_package = QDir(m_dir.path()).filePath(debs.first());

    QVERIFY2(run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_package}, &output,
                 &failure),
             qPrintable(failure));
    // "-rwxr-xr-x root/root 1632192 2024-01-01 00:00 ./usr/bin/liaison"
    const QRegularExpression line(
        QStringLiteral("^(\\S+)\\s+\\S+\\s+\\d+\\s+\\S+\\s+\\S+\\s+\\./(.*?)/?(?: -> .*)?$"));
    for (const QString &text : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (match.hasMatch() && !match.captured(2).isEmpty())
            m_modes.insert(match.captured(2), match.captured(1));
    }
    QVERIFY2(!m_modes.isEmpty(),
             qPrintable(QStringLiteral("dpkg-deb --contents listed nothing readable:\n%1")
                            .arg(QString::fromUtf8(output))));

    QVERIFY2(
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_package}, &output, &failure),
        qPrintable(failure));
    QString field;
    for (const QString &text : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (text.startsWith(QLatin1Char(' ')) && !field.isEmpty()) {
            m_fields[field] += QLatin1Char('\n') + text.trimmed();
            continue;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        field = text.left(colon);
        m_fields.insert(field, text.mid(colon + 1).trimmed());
    }
    m_depends = packageNames(m_fields.value(QStringLiteral("Depends")));
}

QString TestPackage::extractedRoot()
{
    if (m_root.isEmpty()) {
        const QString root = QDir(m_dir.path()).filePath(QStringLiteral("root"));
        QByteArray output;
        QString failure;
        if (!run(QStringLiteral("dpkg-deb"), {QStringLiteral("--extract"), m_package, root},
                 &output, &failure)) {
            qWarning("%s", qPrintable(failure));
            return {};
        }
        m_root = root;
    }
    return m_root;
}

void TestPackage::contents_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("binary") << QStringLiteral("usr/bin/liaison");
    QTest::newRow("desktop entry")
        << QStringLiteral("usr/share/applications/%1.desktop").arg(appId);
    QTest::newRow("AppStream metainfo")
        << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId);
    QTest::newRow("scalable icon")
        << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId);
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QTest::addRow("%dx%d icon", size, size)
            << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    }
}

void TestPackage::contents()
{
    QFETCH(QString, path);
    QStringList files = m_modes.keys();
    files.sort();
    QVERIFY2(
        m_modes.contains(path),
        qPrintable(QStringLiteral("%1 is missing from %2, which holds:\n%3")
                       .arg(path, QFileInfo(m_package).fileName(), files.join(QLatin1Char('\n')))));
    QVERIFY2(!m_modes.value(path).startsWith(QLatin1Char('d')),
             qPrintable(QStringLiteral("%1 is a folder, not a file").arg(path)));
}

void TestPackage::everyFile_isUnderUsr()
{
    // Debian's packages install under /usr; nothing of the build machine's
    // paths (/tmp, /usr/local, the build tree) may leak in.
    for (auto it = m_modes.cbegin(); it != m_modes.cend(); ++it) {
        QVERIFY2(it.key() == QLatin1String("usr") || it.key().startsWith(QLatin1String("usr/")),
                 qPrintable(QStringLiteral("%1 is outside /usr").arg(it.key())));
        QVERIFY2(!it.key().startsWith(QLatin1String("usr/local")),
                 qPrintable(QStringLiteral("%1 is under /usr/local").arg(it.key())));
    }
}

void TestPackage::binary_isExecutable()
{
    const QString mode = m_modes.value(QStringLiteral("usr/bin/liaison"));
    QCOMPARE(mode, QStringLiteral("-rwxr-xr-x"));
}

void TestPackage::metainfo_namesTheVersion()
{
    const QString root = extractedRoot();
    QVERIFY2(!root.isEmpty(), "dpkg-deb --extract failed");
    QFile file(
        QDir(root).filePath(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId)));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(
                 QStringLiteral("<release version=\"%1\"").arg(QLatin1String(LIAISON_VERSION))),
             qPrintable(QStringLiteral("the metainfo names no release %1:\n%2")
                            .arg(QLatin1String(LIAISON_VERSION), text)));
    QVERIFY2(!text.contains(QLatin1Char('@')), "a CMake @VARIABLE@ was left unfilled");
}

void TestPackage::control_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Package") << QStringLiteral("Package") << QStringLiteral("liaison");
    QTest::newRow("Version") << QStringLiteral("Version") << QStringLiteral(LIAISON_VERSION);
}

void TestPackage::control()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QVERIFY2(m_fields.contains(field),
             qPrintable(QStringLiteral("the package has no %1 field").arg(field)));
    QCOMPARE(m_fields.value(field), expected);
}

void TestPackage::depends_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("why");
    QTest::addColumn<bool>("linked");
    // Found by dpkg-shlibdeps from the libraries the binary links.
    const auto linked = [](const char *name, const char *library) {
        QTest::newRow(library) << QString::fromLatin1(name)
                               << QStringLiteral("%1, which the binary links: dpkg-shlibdeps "
                                                 "should find it")
                                      .arg(QLatin1String(library))
                               << true;
    };
    linked("libqt6core6", "QtCore");
    linked("libqt6gui6", "QtGui");
    linked("libqt6widgets6", "QtWidgets");
    linked("libqt6sql6", "QtSql");
    linked("libqt6charts6", "QtCharts");
    linked("libc6", "the C library");
    linked("libstdc++6", "the C++ library");
    // Named by hand in resources/CMakeLists.txt: loaded at run time, so
    // dpkg-shlibdeps cannot see them.
    QTest::newRow("QtSvg") << QStringLiteral("libqt6svg6")
                           << QStringLiteral("QtSvg and the SVG icon plugins") << false;
    QTest::newRow("SQLite driver") << QStringLiteral("libqt6sql6-sqlite")
                                   << QStringLiteral("the QSQLITE driver plugin") << false;
    QTest::newRow("fonts") << QStringLiteral("fonts-dejavu-core")
                           << QStringLiteral("a font for Latin, Cyrillic, Georgian and Armenian")
                           << false;
}

void TestPackage::depends()
{
    QFETCH(QString, package);
    QFETCH(QString, why);
    QFETCH(bool, linked);
    const QString depends = m_fields.value(QStringLiteral("Depends"));
    QVERIFY2(m_depends.contains(package),
             qPrintable(
                 QStringLiteral("Depends lacks %1 (%2); Depends: %3").arg(package, why, depends)));
    if (linked) {
        // Only dpkg-shlibdeps writes the version the binary needs.
        const QRegularExpression versioned(
            QStringLiteral("(^|,)\\s*%1 \\(>= [^)]+\\)").arg(QRegularExpression::escape(package)));
        QVERIFY2(versioned.match(depends).hasMatch(),
                 qPrintable(QStringLiteral("%1 has no minimum version: did dpkg-shlibdeps run? "
                                           "Depends: %2")
                                .arg(package, depends)));
    }
}

void TestPackage::packagedBinary_runs()
{
    // The stripped binary of the package, not the build's.
    const QString root = extractedRoot();
    QVERIFY2(!root.isEmpty(), "dpkg-deb --extract failed");
    QByteArray output;
    QString failure;
    QVERIFY2(run(QDir(root).filePath(QStringLiteral("usr/bin/liaison")),
                 {QStringLiteral("--version")}, &output, &failure),
             qPrintable(failure));
    QCOMPARE(QString::fromUtf8(output).trimmed(),
             QStringLiteral("liaison %1").arg(QLatin1String(LIAISON_VERSION)));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
