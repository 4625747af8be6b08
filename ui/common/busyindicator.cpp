// SPDX-License-Identifier: GPL-3.0-or-later
#include "busyindicator.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace liaison {

BusyIndicator::BusyIndicator(QWidget *covered)
    : QFrame(covered)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Clicks go to the pane underneath: waiting blocks nothing.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setAlignment(Qt::AlignCenter);
    m_bar->setRange(0, 0); // indeterminate
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_delay.setSingleShot(true);
    m_delay.setInterval(ShowDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &BusyIndicator::appear);
    covered->installEventFilter(this);
    retranslateUi();
    hide();
}

void BusyIndicator::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        m_delay.start();
    } else {
        m_delay.stop();
        hide();
    }
}

void BusyIndicator::appear()
{
    place();
    raise();
    show();
}

void BusyIndicator::place()
{
    if (!parentWidget())
        return;
    const QSize size = sizeHint();
    QRect area(QPoint(0, 0), size);
    area.moveCenter(parentWidget()->rect().center());
    setGeometry(area);
}

bool BusyIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void BusyIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void BusyIndicator::retranslateUi()
{
    m_label->setText(tr("Loading…"));
    m_bar->setAccessibleName(m_label->text());
}

} // namespace liaison
