// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"

#include <QWidget>

class QTextBrowser;
class QUrl;

namespace liaison {

class Database;

// The right-hand pane: every field of the selected record, formatted for the
// current locale, with its related records as links and its source. Shows the
// record base overview when no record is selected (Home).
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    // The pane reads through db until the next call; nullptr clears it.
    void setDatabase(const Database *db);
    void showRecord(const RecordId &record);
    void showOverview();
    // Reads the shown record or overview again, e.g. after the record base changed.
    void refresh();

    // The record shown; invalid while the overview is shown.
    RecordId currentRecord() const { return m_record; }
    // The record's display name (for the window title); empty for the overview
    // and for a record that no longer exists.
    QString currentTitle() const { return m_title; }
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

signals:
    // A link to another record was clicked.
    void recordActivated(const liaison::RecordId &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openLink(const QUrl &url);
    // keepScrollPosition: the same page again (language or locale change).
    void render(bool keepScrollPosition = false);

    const Database *m_database = nullptr;
    QTextBrowser *m_browser = nullptr;
    RecordId m_record;
    bool m_showingRecord = false;
    QString m_title;
};

} // namespace liaison
