#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Folio::I18n {

QStringList translationSearchPaths()
{
    QStringList paths;
    if (const QString fromEnvironment = qEnvironmentVariable("FOLIO_TRANSLATIONS_DIR");
        !fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    paths.append(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                 QStringLiteral("/../share/folio/translations")));
#ifdef FOLIO_BUILD_TRANSLATIONS_DIR
    paths.append(QStringLiteral(FOLIO_BUILD_TRANSLATIONS_DIR));
#endif
    return paths;
}

namespace {

// A translator owned by the application, installed only when its file loads.
QTranslator *loadTranslator(QCoreApplication *application, const QLocale &locale,
                            const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(application);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QString installTranslations(QCoreApplication *application, const QLocale &locale)
{
    // Qt's own first: a translator installed later is asked first, so Folio's wins for any
    // text both translate.
    loadTranslator(application, locale, QStringLiteral("qtbase"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QStringList paths = translationSearchPaths();
    for (const QString &path : paths) {
        if (const QTranslator *folio =
                loadTranslator(application, locale, QStringLiteral("folio"), path))
            return folio->filePath();
    }
    // A language Folio has no translation for: English text, with its plural forms.
    for (const QString &path : paths) {
        if (const QTranslator *english = loadTranslator(
                application, QLocale(QLocale::English), QStringLiteral("folio"), path))
            return english->filePath();
    }
    return {};
}

} // namespace Folio::I18n
