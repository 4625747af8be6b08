// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participationimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace liaison {

class Database;

// Imports training participation from a CSV file: shows the first rows and
// every problem before anything is written, then imports with a progress bar
// and Cancel. Nothing is written unless the whole file is sound.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Database &db, const QString &path, QWidget *parent = nullptr);

    // Reads and checks the file (no writing); called before the dialog shows.
    void loadPreview();
    bool canImport() const { return m_preview.ok() && m_preview.rowCount > 0; }
    const ParticipationImport::Preview &preview() const { return m_preview; }
    const ParticipationImport::Result &result() const { return m_result; }

public slots:
    // Imports now; accepts the dialog when everything was written.
    void startImport();
    // During an import: cancels it (everything is rolled back).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProblems(const QList<ParticipationImport::Problem> &problems);

    Database &m_db;
    QString m_path;
    ParticipationImport::Preview m_preview;
    ParticipationImport::Result m_result;
    bool m_importing = false;
    bool m_cancelRequested = false;

    QLabel *m_summary = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QTableWidget *m_rows = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace liaison
