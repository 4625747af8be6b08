// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace liaison {

namespace {
const QString sizeKey = QStringLiteral("charts/exportSize");
const QString scaleKey = QStringLiteral("charts/exportScale");
constexpr int CustomIndex = 3;
} // namespace

ChartExportDialog::ChartExportDialog(QSize viewSize, QWidget *parent)
    : QDialog(parent)
    , m_viewSize(viewSize)
{
    setObjectName(QStringLiteral("chartExportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("exportSize"));
    m_size->addItem(QString(), viewSize);
    m_size->addItem(QString(), QSize(1280, 720));
    m_size->addItem(QString(), QSize(1920, 1080));
    m_size->addItem(QString(), QSize());
    m_width = new QSpinBox(this);
    m_width->setRange(100, 10000);
    m_width->setSuffix(QStringLiteral(" px"));
    m_height = new QSpinBox(this);
    m_height->setRange(100, 10000);
    m_height->setSuffix(QStringLiteral(" px"));
    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->addItem(QStringLiteral("1×"), 1.0);
    m_scale->addItem(QStringLiteral("2×"), 2.0);
    m_pixels = new QLabel(this);
    m_sizeLabel = new QLabel(this);
    m_widthLabel = new QLabel(this);
    m_heightLabel = new QLabel(this);
    m_scaleLabel = new QLabel(this);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_widthLabel, m_width);
    form->addRow(m_heightLabel, m_height);
    form->addRow(m_scaleLabel, m_scale);
    form->addRow(QString(), m_pixels);
    m_sizeLabel->setBuddy(m_size);
    m_widthLabel->setBuddy(m_width);
    m_heightLabel->setBuddy(m_height);
    m_scaleLabel->setBuddy(m_scale);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QSettings settings;
    const QSize saved = settings.value(sizeKey, QSize(1920, 1080)).toSize();
    int index = m_size->findData(saved);
    if (index <= 0)
        index = CustomIndex;
    m_size->setCurrentIndex(index);
    m_width->setValue(saved.width());
    m_height->setValue(saved.height());
    m_scale->setCurrentIndex(settings.value(scaleKey, 1.0).toDouble() > 1.5 ? 1 : 0);
    connect(m_size, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateCustomSize);
    connect(m_width, &QSpinBox::valueChanged, this, &ChartExportDialog::updateCustomSize);
    connect(m_height, &QSpinBox::valueChanged, this, &ChartExportDialog::updateCustomSize);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateCustomSize);
    connect(this, &QDialog::accepted, this, [this] {
        QSettings settings;
        settings.setValue(sizeKey, chartSize());
        settings.setValue(scaleKey, scale());
    });
    retranslateUi();
}

QSize ChartExportDialog::chartSize() const
{
    const QSize preset = m_size->currentData().toSize();
    return preset.isValid() ? preset : QSize(m_width->value(), m_height->value());
}

qreal ChartExportDialog::scale() const
{
    return m_scale->currentData().toDouble();
}

void ChartExportDialog::updateCustomSize()
{
    const bool custom = m_size->currentIndex() == CustomIndex;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker blockWidth(m_width);
        const QSignalBlocker blockHeight(m_height);
        m_width->setValue(chartSize().width());
        m_height->setValue(chartSize().height());
    }
    const QSize pixels = chartSize() * scale();
    m_pixels->setText(
        tr("The image will be %1 × %2 pixels.")
            .arg(QLocale().toString(pixels.width()), QLocale().toString(pixels.height())));
}

void ChartExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChartExportDialog::retranslateUi()
{
    setWindowTitle(tr("Image Size"));
    m_sizeLabel->setText(tr("&Size:"));
    m_widthLabel->setText(tr("&Width:"));
    m_heightLabel->setText(tr("&Height:"));
    m_scaleLabel->setText(tr("S&cale:"));
    m_size->setItemText(
        0,
        tr("As shown (%1 × %2)")
            .arg(QLocale().toString(m_viewSize.width()), QLocale().toString(m_viewSize.height())));
    m_size->setItemText(1, tr("1280 × 720 (HD)"));
    m_size->setItemText(2, tr("1920 × 1080 (Full HD)"));
    m_size->setItemText(3, tr("Custom"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    updateCustomSize();
}

} // namespace liaison
