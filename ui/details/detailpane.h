// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordid.h"

#include <QWidget>

#include <memory>

class QTextBrowser;
class QUrl;

namespace liaison {

class BackgroundLoader;
class BusyIndicator;
class Database;
struct DetailPageData;

// The right-hand pane: every field of the selected record, formatted for the
// current locale, with its related records as links and its source. Shows the
// record base overview when no record is selected (Home).
//
// The page's records are read on a worker thread (BackgroundLoader) and
// written out here: the previous page stays until the new one is there,
// under a busy indicator when that takes a while. A language or locale
// change writes the page again without reading it.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    // The pane reads db's record base, through a connection of its own,
    // until the next call; nullptr clears it.
    void setDatabase(const Database *db);
    void showRecord(const RecordId &record);
    void showOverview();
    // Reads the shown record or overview again, e.g. after the record base changed.
    void refresh();

    // Whether the page asked for last is still being read.
    bool isLoading() const;
    // Blocks until the page asked for last is shown; false after timeoutMs.
    // For tests and callers that need it now.
    bool waitForLoaded(int timeoutMs = 30000);

    // The record asked for last; invalid for the overview.
    RecordId currentRecord() const { return m_record; }
    // The record's display name (for the window title) once its page is
    // shown (loaded()); empty before, for the overview and for a record that
    // no longer exists.
    QString currentTitle() const { return m_title; }
    // The text of the page asked for last: waits for it (waitForLoaded()).
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

signals:
    // A link to another record was clicked.
    void recordActivated(const liaison::RecordId &record);
    // A page read on the worker thread is shown; currentTitle() is its title.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void openLink(const QUrl &url);
    // Reads the page asked for on the worker; keepScrollPosition: the same
    // page again (refresh).
    void load(bool keepScrollPosition = false);
    // Writes m_page out in the current language and locale.
    void render(bool keepScrollPosition);

    const Database *m_database = nullptr;
    QTextBrowser *m_browser = nullptr;
    // What was asked for last.
    RecordId m_record;
    bool m_showingRecord = false;
    bool m_showAllItems = false; // long lists shown whole (the user asked)
    // What is shown.
    std::shared_ptr<const DetailPageData> m_page;
    QString m_title;

    BackgroundLoader *m_loader = nullptr;
    BusyIndicator *m_busy = nullptr;
};

} // namespace liaison
