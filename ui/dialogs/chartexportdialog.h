// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace liaison {

// The size and scale of a raster chart export (PNG, JPEG): the chart as shown,
// 1280×720, 1920×1080 or a custom size, at 1× or 2×.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    ChartExportDialog(QSize viewSize, QWidget *parent = nullptr);

    QSize chartSize() const;
    qreal scale() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCustomSize();

    QSize m_viewSize;
    QLabel *m_sizeLabel = nullptr;
    QComboBox *m_size = nullptr;
    QLabel *m_widthLabel = nullptr;
    QSpinBox *m_width = nullptr;
    QLabel *m_heightLabel = nullptr;
    QSpinBox *m_height = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QComboBox *m_scale = nullptr;
    QLabel *m_pixels = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace liaison
