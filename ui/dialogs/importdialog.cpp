// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace liaison {

ImportDialog::ImportDialog(Database &db, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(path)
{
    setObjectName(QStringLiteral("importDialog"));
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_rowsLabel = new QLabel(this);
    layout->addWidget(m_rowsLabel);
    m_rows = new QTableWidget(this);
    m_rows->setObjectName(QStringLiteral("importPreview"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rowsLabel->setBuddy(m_rows);
    layout->addWidget(m_rows, 2);
    m_problemsLabel = new QLabel(this);
    layout->addWidget(m_problemsLabel);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problemsLabel->setBuddy(m_problems);
    layout->addWidget(m_problems, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(m_buttons);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    retranslateUi();
}

void ImportDialog::loadPreview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_preview = ParticipationImport::preview(m_db, m_path);
    QApplication::restoreOverrideCursor();

    m_rows->clear();
    m_rows->setColumnCount(int(m_preview.columns.size()));
    m_rows->setHorizontalHeaderLabels(m_preview.columns);
    m_rows->setRowCount(int(m_preview.rows.size()));
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        const QStringList &fields = m_preview.rows.at(row);
        for (int column = 0; column < fields.size() && column < m_rows->columnCount(); ++column)
            m_rows->setItem(row, column, new QTableWidgetItem(fields.at(column)));
    }
    m_rows->resizeColumnsToContents();
    showProblems(m_preview.problems);
    retranslateUi();
}

void ImportDialog::showProblems(const QList<ParticipationImport::Problem> &problems)
{
    QStringList lines;
    for (const ParticipationImport::Problem &problem : problems)
        lines.append(problem.toString());
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
}

void ImportDialog::startImport()
{
    if (m_importing || !canImport())
        return;
    m_importing = true;
    m_cancelRequested = false;
    m_importButton->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    retranslateUi();
    m_result = ParticipationImport::run(m_db, m_path, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
        // Keeps the window painted and Cancel clickable during a long import.
        QCoreApplication::processEvents();
        return !m_cancelRequested;
    });
    m_importing = false;
    m_progress->setVisible(false);
    if (m_result.ok) {
        accept();
        return;
    }
    showProblems(m_result.problems);
    m_importButton->setEnabled(canImport());
    retranslateUi();
}

void ImportDialog::reject()
{
    // During the import Cancel stops it (everything is rolled back); the
    // dialog closes once the import has returned.
    if (m_importing) {
        m_cancelRequested = true;
        return;
    }
    QDialog::reject();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    const QString file = QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
    setWindowTitle(tr("Import Participation"));
    m_importButton->setText(tr("&Import"));
    m_rowsLabel->setText(tr("&First rows:"));
    m_problemsLabel->setText(tr("&Problems:"));
    m_rows->setAccessibleName(tr("First rows of the file"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_importButton->setEnabled(!m_importing && canImport());
    if (m_importing) {
        m_summary->setText(tr("Importing %1…").arg(file));
    } else if (m_result.cancelled) {
        m_summary->setText(tr("The import was cancelled; nothing was written."));
    } else if (!m_result.problems.isEmpty()) {
        m_summary->setText(
            tr("Nothing was imported: %n problems in %1.", nullptr, int(m_result.problemCount))
                .arg(file));
    } else if (!m_preview.problems.isEmpty()) {
        m_summary->setText(tr("%1 cannot be imported: %n problems. Nothing will be written "
                              "until they are fixed.",
                              nullptr, int(m_preview.problemCount))
                               .arg(file));
    } else {
        m_summary->setText(tr("%1: %Ln rows of training participation, ready to import. The "
                              "whole file is imported at once, or nothing.",
                              nullptr, int(m_preview.rowCount))
                               .arg(file));
    }
    m_problemsLabel->setVisible(!m_problems->toPlainText().isEmpty());
    m_problems->setVisible(!m_problems->toPlainText().isEmpty());
}

} // namespace liaison
