// folio_generate_handbook DIR [PAGES] [SEED]: writes a generated Hugo handbook (see
// handbookgenerator.h) for benchmarks and manual testing.
#include "handbookgenerator.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || arguments.size() > 4) {
        std::fprintf(stderr, "usage: folio_generate_handbook DIR [PAGES] [SEED]\n");
        return 2;
    }
    const int pages = arguments.size() > 2 ? arguments.at(2).toInt() : 4000;
    const quint32 seed = arguments.size() > 3 ? arguments.at(3).toUInt() : 4019;
    const qint64 bytes = Folio::Bench::generateHandbook(arguments.at(1), pages, seed);
    if (bytes < 0) {
        std::fprintf(stderr, "folio_generate_handbook: cannot write to %s\n",
                     qPrintable(arguments.at(1)));
        return 1;
    }
    std::printf("%d pages, %.1f MB of Markdown in %s\n", pages, double(bytes) / 1e6,
                qPrintable(arguments.at(1)));
    return 0;
}
