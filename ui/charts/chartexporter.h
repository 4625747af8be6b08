// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace liaison {

// Writes a chart to a file, its format following the file's extension: PNG
// and JPEG at a given size and scale, SVG with real text and explicit fonts,
// and a one-page PDF with its fonts embedded. The chart is built afresh at
// the requested size, so the picture does not depend on the window.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(liaison::ChartExporter)

public:
    enum class Format { Png, Jpeg, Svg, Pdf };

    static QSize defaultSize() { return {1600, 900}; }
    static std::optional<Format> formatForPath(const QString &path);
    static bool isRaster(Format format) { return format == Format::Png || format == Format::Jpeg; }

    // size is in logical pixels; raster images have size * scale pixels.
    static bool write(const ChartData &data, const QString &recordName, const QString &path,
                      QSize size, qreal scale, QString *error);
    static QImage renderImage(const ChartData &data, const QString &recordName, QSize size,
                              qreal scale);
};

} // namespace liaison
