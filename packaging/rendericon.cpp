// Renders Folio's SVG icon as a square PNG for the hicolor sizes the package installs, at build
// time: folio_rendericon SVG SIZE PNG. Qt's own SVG renderer, so no package is needed beyond
// Qt Svg, which the window already uses.

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "folio_rendericon: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: folio_rendericon SVG SIZE PNG\n");
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString pngPath = QString::fromLocal8Bit(argv[3]);
    bool isNumber = false;
    const int size = QByteArray(argv[2]).toInt(&isNumber);
    if (!isNumber || size < 1 || size > 4096)
        return fail(QStringLiteral("SIZE must be a number of pixels, not '%1'")
                        .arg(QString::fromLocal8Bit(argv[2])));

    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read the SVG image %1").arg(svgPath));
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();

    // Written whole or not at all, so a failed run never leaves a PNG the build takes as done.
    QSaveFile file(pngPath);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(pngPath, file.errorString()));
    return 0;
}
