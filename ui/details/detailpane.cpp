// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace liaison {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const auto record = RecordId::fromUrl(url))
            emit recordActivated(*record);
    });
}

void DetailPane::setDatabase(const Database *db)
{
    m_database = db;
    m_showingRecord = false;
    render();
}

void DetailPane::showRecord(const RecordId &record)
{
    m_record = record;
    m_showingRecord = true;
    render();
}

void DetailPane::showOverview()
{
    m_record = RecordId();
    m_showingRecord = false;
    render();
}

QString DetailPane::plainText() const
{
    return m_browser->toPlainText();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        render();
    QWidget::changeEvent(event);
}

void DetailPane::render()
{
    // Filled in by the details work (see RecordDetailsStore).
    m_title = m_showingRecord ? m_record.toString() : QString();
    m_browser->setPlainText(m_title);
}

} // namespace liaison
