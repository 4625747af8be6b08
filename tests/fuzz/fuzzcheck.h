// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets: what a target checks beyond "no crash, no
// sanitizer finding", and the QCoreApplication some of them need.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

// Each target defines it; a target may also define LLVMFuzzerInitialize(int
// *argc, char ***argv), called once before the first input by libFuzzer and
// by the replay main().
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace liaison::fuzz {

// An input broke a property the target checks: say which, and abort, which
// libFuzzer reports as a crash (and keeps the input).
[[noreturn]] inline void fail(const char *condition, const char *file, int line,
                              const QString &detail)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n%s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace liaison::fuzz

#define LIAISON_FUZZ_CHECK(condition, detail)                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            liaison::fuzz::fail(#condition, __FILE__, __LINE__, (detail));                         \
    } while (false)

namespace liaison::fuzz {

// The QCoreApplication of the whole run (settings, translators, the SQL
// driver plugins), created on the first call. It and the fixtures of the
// targets live to the end of the process and are never destroyed: at exit,
// Qt's global statics go in an order that a static application or record
// base would not survive.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "liaison-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

// A new temporary folder for the target's files, removed at exit without
// Qt (see ensureApplication()).
inline QString temporaryFolder()
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/liaison-fuzz-XXXXXX"));
    LIAISON_FUZZ_CHECK(dir.isValid(), dir.errorString());
    dir.setAutoRemove(false);
    static std::string *path = nullptr;
    LIAISON_FUZZ_CHECK(!path, QStringLiteral("one temporary folder per target"));
    path = new std::string(QFile::encodeName(dir.path()).toStdString());
    std::atexit([] {
        std::error_code error;
        std::filesystem::remove_all(*path, error);
    });
    return dir.path();
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return size == 0 ? QByteArray()
                     : QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace liaison::fuzz
