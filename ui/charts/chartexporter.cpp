// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartfactory.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

namespace liaison {

namespace {

// The family the application font resolves to, by its real name: SVG viewers
// elsewhere do not know Qt's generic "Sans Serif".
QFont exportFont()
{
    QFont font = QApplication::font();
    font.setFamily(QFontInfo(font).family());
    font.setPointSizeF(11);
    return font;
}

// A view laid out at size without appearing on screen.
std::unique_ptr<QChartView> layOut(const ChartData &data, const QString &recordName, QSize size)
{
    auto view = std::make_unique<QChartView>(ChartFactory::create(data, recordName, exportFont()));
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(size);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return Format::Jpeg;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QImage ChartExporter::renderImage(const ChartData &data, const QString &recordName, QSize size,
                                  qreal scale)
{
    const auto view = layOut(data, recordName, size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
    painter.end();
    return image;
}

bool ChartExporter::write(const ChartData &data, const QString &recordName, const QString &path,
                          QSize size, qreal scale, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const std::optional<Format> format = formatForPath(path);
    if (!format)
        return fail(tr("%1: unknown image format \"%2\"; use .png, .jpg, .jpeg, .svg or .pdf.")
                        .arg(shown, QFileInfo(path).suffix()));
    if (size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000)
        return fail(tr("%1: the size %2×%3 is outside 100×100 to 10000×10000.")
                        .arg(shown)
                        .arg(size.width())
                        .arg(size.height()));

    // Write to a temporary file and rename: a failed export leaves no half
    // file and never damages an existing one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));

    const QString title = ChartFactory::title(data, recordName);
    switch (*format) {
    case Format::Png:
    case Format::Jpeg: {
        const QImage image = renderImage(data, recordName, size, scale);
        const bool ok = *format == Format::Png
            ? image.save(&file, "PNG")
            : image.convertToFormat(QImage::Format_RGB32).save(&file, "JPEG", 92);
        if (!ok)
            return fail(tr("Cannot write %1: the image could not be encoded.").arg(shown));
        break;
    }
    case Format::Svg: {
        const auto view = layOut(data, recordName, size);
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // QSvgGenerator assumes 72 dpi; the view is laid out at its own.
        generator.setResolution(view->logicalDpiX());
        generator.setTitle(title);
        generator.setDescription(tr("Chart exported by Liaison"));
        QPainter painter(&generator);
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
        painter.end();
        break;
    }
    case Format::Pdf: {
        const auto view = layOut(data, recordName, size);
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Liaison"));
        writer.setResolution(96);
        // One page of the chart's own proportions, in points.
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        // QGraphicsView::render scales to the target by itself.
        view->render(&painter, QRectF(painter.viewport()), view->viewport()->rect());
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return true;
}

} // namespace liaison
