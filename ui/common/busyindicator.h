// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace liaison {

// "Loading…" with an indeterminate progress bar, centred over the widget a
// pane waits to fill. It appears only when the wait lasts longer than
// ShowDelayMs, so that quick loads do not flicker.
class BusyIndicator : public QFrame
{
    Q_OBJECT

public:
    static constexpr int ShowDelayMs = 150;

    // Becomes a child of covered and follows its size.
    explicit BusyIndicator(QWidget *covered);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void appear();
    void place();
    void retranslateUi();

    QTimer m_delay;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    bool m_busy = false;
};

} // namespace liaison
