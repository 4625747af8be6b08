// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QMenuBar;
class QTableWidget;

namespace liaison {

// Help → Keyboard Shortcuts: every shortcut of the window, read from its
// actions, so the list can never go stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // (where, what, keys) rows, as the table shows them.
    QList<QStringList> rows() const { return m_rows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QWidget *m_window = nullptr;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QStringList> m_rows;
};

} // namespace liaison
