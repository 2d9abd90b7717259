#include "checks/spellingdictionary.h"

#include "checks/hunspellhandle_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <mutex>
#include <optional>

namespace Folio::Checks {

namespace {

std::mutex &lifetimeMutex()
{
    static std::mutex mutex;
    return mutex;
}

Error spellingError(SpellingDictionary::Problem problem, const QString &message)
{
    return Error{ErrorDomain::Spelling, static_cast<int>(problem), message};
}

// Hunspell's SET names ("ISO8859-1", "microsoft-cp1251") as Qt (ICU) knows them.
QByteArray qtEncodingName(QByteArray name)
{
    name = name.trimmed();
    if (name.toUpper().startsWith("ISO8859"))
        return "ISO-8859" + name.mid(7);
    if (name.toLower().startsWith("microsoft-cp"))
        return "windows-" + name.mid(12);
    return name;
}

// How the .dic file writes a word's flags (the affix file's FLAG).
enum class FlagType
{
    Character, // one byte each (the default)
    Utf8,      // one UTF-8 character each
    Long,      // two characters each
    Number,    // decimal numbers separated by commas
};

QList<QByteArray> flagsOf(QByteArrayView field, FlagType type)
{
    QList<QByteArray> flags;
    switch (type) {
    case FlagType::Character:
        for (const char c : field)
            flags.append(QByteArray(1, c));
        break;
    case FlagType::Utf8:
        for (const QChar c : QString::fromUtf8(field))
            flags.append(QString(c).toUtf8());
        break;
    case FlagType::Long:
        for (qsizetype i = 0; i + 1 < field.size(); i += 2)
            flags.append(field.sliced(i, 2).toByteArray());
        break;
    case FlagType::Number:
        for (const QByteArray &number : field.toByteArray().split(','))
            flags.append(number.trimmed());
        break;
    }
    return flags;
}

} // namespace

Hunhandle *createHunspell(const char *affixPath, const char *dictionaryPath)
{
    const std::lock_guard lock(lifetimeMutex());
    return Hunspell_create(affixPath, dictionaryPath);
}

void destroyHunspell(Hunhandle *handle)
{
    const std::lock_guard lock(lifetimeMutex());
    Hunspell_destroy(handle);
}

struct SpellingDictionary::Data
{
    QString language;
    QString affixPath;
    QString dictionaryPath;
    HunspellPtr handle;
    SuggestionRules rules;
    // NOSUGGEST, for isSuggestible(): the flag, how flags are written, the AF aliases (a .dic
    // may give an alias's number instead of flags) and, once read, the words so flagged.
    QByteArray noSuggestFlag;
    FlagType flagType = FlagType::Character;
    QList<QByteArray> flagAliases;
    QSet<QString> noSuggestWords;           // lower case
    std::optional<QStringList> listedWords; // read from the .dic file on first use
    bool utf8 = true;
    // Only for dictionaries in a legacy 8-bit encoding.
    QStringEncoder encoder;
    QStringDecoder decoder;

    // The word in the dictionary's encoding, or an empty array when it cannot be written so.
    QByteArray encode(QStringView word)
    {
        if (utf8)
            return word.toUtf8();
        QByteArray bytes = encoder.encode(word);
        if (encoder.hasError()) {
            encoder.resetState();
            return {};
        }
        return bytes;
    }

    QString decode(QByteArrayView bytes)
    {
        if (utf8)
            return QString::fromUtf8(bytes);
        QString text = decoder.decode(bytes);
        decoder.resetState();
        return text;
    }

    QStringList list(int count, HunspellList &items)
    {
        items.fill(count);
        QStringList words;
        for (int i = 0; i < items.size(); ++i)
            words.append(decode(QByteArrayView(items.at(i))));
        return words;
    }

    // The affix file's suggestion settings, which Hunspell keeps to itself. Unknown or
    // malformed lines are Hunspell's business: they are skipped here.
    void readAffixFile()
    {
        QFile file(affixPath);
        if (!file.open(QIODevice::ReadOnly))
            return;
        bool keySeen = false;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            const QList<QByteArray> fields = line.simplified().split(' ');
            const QByteArray &keyword = fields.first();
            if (keyword == "TRY" && fields.size() >= 2) {
                rules.tryCharacters = decode(fields[1]);
            } else if (keyword == "KEY" && fields.size() >= 2) {
                rules.keyboardRows = decode(fields[1]).split(u'|', Qt::SkipEmptyParts);
                keySeen = true;
            } else if (keyword == "REP" && fields.size() >= 3) {
                QString replacement = decode(fields[2]);
                rules.replacements.append({decode(fields[1]), replacement.replace(u'_', u' ')});
            } else if (keyword == "MAP" && fields.size() >= 2 &&
                       !std::all_of(fields[1].cbegin(), fields[1].cend(),
                                    [](char c) { return c >= '0' && c <= '9'; })) {
                // "aáâ", or "(ss)(ß)" for strings of several characters.
                QStringList group;
                const QString text = decode(fields[1]);
                for (qsizetype i = 0; i < text.size(); ++i) {
                    const qsizetype close = text[i] == u'(' ? text.indexOf(u')', i) : -1;
                    if (close > i) {
                        group.append(text.sliced(i + 1, close - i - 1));
                        i = close;
                    } else {
                        group.append(text[i]);
                    }
                }
                rules.relatedCharacters.append(group);
            } else if (keyword == "SFX" && fields.size() >= 5) {
                // "SFX flag strip add[/flags] condition", "0" for nothing.
                const auto part = [this](const QByteArray &field) {
                    const QByteArray text = field.split('/').first();
                    return text == "0" ? QString() : decode(text);
                };
                const std::pair suffix(part(fields[2]), part(fields[3]));
                if (!rules.suffixes.contains(suffix))
                    rules.suffixes.append(suffix);
            } else if (keyword == "NOSPLITSUGS") {
                rules.splitSuggestions = false;
            } else if (keyword == "NOSUGGEST" && fields.size() >= 2) {
                noSuggestFlag = fields[1];
            } else if (keyword == "FLAG" && fields.size() >= 2) {
                const QByteArray type = fields[1].toLower();
                flagType = type == "long"    ? FlagType::Long
                           : type == "num"   ? FlagType::Number
                           : type == "utf-8" ? FlagType::Utf8
                                             : FlagType::Character;
            } else if (keyword == "AF" && fields.size() >= 2 && flagAliases.isEmpty() &&
                       fields[1].toInt() > 0) {
                flagAliases.append(QByteArray()); // aliases count from 1; this is the count
            } else if (keyword == "AF" && fields.size() >= 2 && !flagAliases.isEmpty()) {
                flagAliases.append(fields[1]);
            }
        }
        if (!keySeen)
            rules.keyboardRows = {QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                                  QStringLiteral("zxcvbnm")};
    }

    // The words of the .dic file, those flagged NOSUGGEST apart.
    void readDictionaryFile()
    {
        listedWords.emplace();
        QFile file(dictionaryPath);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray bytes = file.readAll();
        // The first line is the number of words.
        for (qsizetype start = bytes.indexOf('\n') + 1; start > 0 && start < bytes.size();) {
            qsizetype lineEnd = bytes.indexOf('\n', start);
            if (lineEnd < 0)
                lineEnd = bytes.size();
            const QByteArrayView line = QByteArrayView(bytes).sliced(start, lineEnd - start);
            start = lineEnd + 1;
            // "word/FLAGS morphology", a '/' in the word escaped as "\/".
            qsizetype slash = -1;
            qsizetype end = 0;
            for (; end < line.size(); ++end) {
                if (line[end] == '/' && (end == 0 || line[end - 1] != '\\')) {
                    slash = end;
                    break;
                }
                if (line[end] == ' ' || line[end] == '\t' || line[end] == '\r')
                    break;
            }
            QByteArray word = line.first(end).toByteArray();
            word.replace("\\/", "/");
            if (word.isEmpty())
                continue;
            if (slash > 0 && isNoSuggest(line.sliced(slash + 1)))
                noSuggestWords.insert(decode(word).toLower());
            else
                listedWords->append(decode(word));
        }
    }

    // Whether a .dic line's flags, from after the '/', carry NOSUGGEST.
    bool isNoSuggest(QByteArrayView field) const
    {
        if (noSuggestFlag.isEmpty())
            return false;
        if (flagAliases.isEmpty() && !field.contains(noSuggestFlag))
            return false; // the common case, decided without splitting the flags
        const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
        field = field.first(std::find_if(field.begin(), field.end(), isBlank) - field.begin());
        const int alias = flagAliases.isEmpty() ? 0 : field.toByteArray().toInt();
        const QByteArray flags =
            alias > 0 && alias < flagAliases.size() ? flagAliases[alias] : field.toByteArray();
        return flagsOf(flags, flagType).contains(noSuggestFlag);
    }
};

SpellingDictionary::SpellingDictionary(std::unique_ptr<Data> data)
    : d(std::move(data))
{}

SpellingDictionary::SpellingDictionary(SpellingDictionary &&) noexcept = default;
SpellingDictionary &SpellingDictionary::operator=(SpellingDictionary &&) noexcept = default;
SpellingDictionary::~SpellingDictionary() = default;

QStringList SpellingDictionary::searchPaths()
{
    QStringList paths;
    const auto addAll = [&paths](const QString &list, const QString &suffix) {
        for (const QString &folder : list.split(u':', Qt::SkipEmptyParts)) {
            const QString path = QDir::cleanPath(folder + suffix);
            if (!paths.contains(path))
                paths.append(path);
        }
    };
    const QString overridden = qEnvironmentVariable("FOLIO_DICTIONARY_PATH");
    if (!overridden.isEmpty()) {
        addAll(overridden, QString());
        return paths;
    }
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    addAll(dataHome.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : dataHome,
           QStringLiteral("/hunspell"));
    const QString dataDirs = qEnvironmentVariable("XDG_DATA_DIRS");
    addAll(dataDirs.isEmpty() ? QStringLiteral("/usr/local/share:/usr/share") : dataDirs,
           QStringLiteral("/hunspell"));
    addAll(QStringLiteral("/usr/share/hunspell:/usr/share/myspell/dicts:/usr/share/myspell"),
           QString());
    return paths;
}

QStringList SpellingDictionary::availableLanguages()
{
    QStringList languages;
    for (const QString &folder : searchPaths()) {
        const QDir dir(folder);
        const QStringList affixes =
            dir.entryList({QStringLiteral("*.aff")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &affix : affixes) {
            const QString language = affix.chopped(4);
            if (!languages.contains(language) && dir.exists(language + QStringLiteral(".dic")))
                languages.append(language);
        }
    }
    languages.sort();
    return languages;
}

QString SpellingDictionary::normalizedTag(QStringView tag)
{
    QString normalized = tag.trimmed().toString();
    normalized.replace(u'-', u'_');
    const QStringList parts = normalized.split(u'_', Qt::SkipEmptyParts);
    QStringList result;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i == 0)
            result.append(parts[i].toLower());
        else if (parts[i].size() == 2)
            result.append(parts[i].toUpper()); // a region
        else
            result.append(parts[i]);
    }
    return result.join(u'_');
}

QString SpellingDictionary::resolve(QStringView tag)
{
    const QString wanted = normalizedTag(tag);
    if (wanted.isEmpty())
        return {};
    const QStringList available = availableLanguages();
    for (const QString &language : available) {
        if (language.compare(wanted, Qt::CaseInsensitive) == 0)
            return language;
    }
    // "de_DE" also names "de_DE_frami"; a region without a dictionary falls back to its
    // language ("de_CH" to "de_DE"): closer than English.
    const auto startingWith = [&available](const QString &prefix) {
        QStringList found;
        for (const QString &language : available) {
            if (language.startsWith(prefix, Qt::CaseInsensitive))
                found.append(language);
        }
        return found;
    };
    if (wanted.contains(u'_')) {
        if (const QStringList variants = startingWith(wanted + u'_'); !variants.isEmpty())
            return variants.first();
    }
    const QString base = wanted.section(u'_', 0, 0);
    for (const QString &language : available) {
        if (language.compare(base, Qt::CaseInsensitive) == 0)
            return language;
    }
    const QStringList sameLanguage = startingWith(base + u'_');
    if (sameLanguage.isEmpty())
        return {};
    const QString main =
        base == u"en" ? QStringLiteral("en_US") : base + u'_' + base.toUpper(); // de_DE, fr_FR
    for (const QString &language : sameLanguage) {
        if (language.compare(main, Qt::CaseInsensitive) == 0)
            return language;
    }
    for (const QString &language : sameLanguage) {
        if (language.startsWith(main + u'_', Qt::CaseInsensitive))
            return language;
    }
    return sameLanguage.first();
}

Result<SpellingDictionary> SpellingDictionary::open(QStringView tag)
{
    const QString language = resolve(tag);
    if (language.isEmpty()) {
        const QStringList available = availableLanguages();
        return spellingError(
            Problem::NotFound,
            //: %1 is a language tag, %2 folders, %3 "installed: ..." or "no dictionary is
            //: installed: ..."
            QCoreApplication::translate("Folio::Checks::SpellingDictionary",
                                        "no spelling dictionary for \"%1\" (looked in %2); %3")
                .arg(tag.toString(), searchPaths().join(QStringLiteral(", ")),
                     available.isEmpty()
                         ? QCoreApplication::translate(
                               "Folio::Checks::SpellingDictionary",
                               "no dictionary is installed: install Hunspell's, e.g. "
                               "the hunspell-en-us package")
                         : QCoreApplication::translate("Folio::Checks::SpellingDictionary",
                                                       "installed: %1")
                               .arg(available.join(QStringLiteral(", ")))));
    }
    QString affixPath;
    QString dictionaryPath;
    for (const QString &folder : searchPaths()) {
        const QString candidate = folder + u'/' + language;
        if (QFileInfo::exists(candidate + QStringLiteral(".aff")) &&
            QFileInfo::exists(candidate + QStringLiteral(".dic"))) {
            affixPath = candidate + QStringLiteral(".aff");
            dictionaryPath = candidate + QStringLiteral(".dic");
            break;
        }
    }
    // Hunspell_create reports unreadable files only on standard error and returns a handle
    // that rejects every word: check first.
    for (const QString &path : {affixPath, dictionaryPath}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return spellingError(Problem::Unreadable,
                                 QCoreApplication::translate("Folio::Checks::SpellingDictionary",
                                                             "cannot read the %1 dictionary %2: %3")
                                     .arg(language, path, file.errorString()));
        }
    }

    auto data = std::make_unique<Data>();
    data->language = language;
    data->affixPath = affixPath;
    data->dictionaryPath = dictionaryPath;
    data->handle.reset(createHunspell(QFile::encodeName(affixPath).constData(),
                                      QFile::encodeName(dictionaryPath).constData()));
    if (!data->handle) {
        return spellingError(Problem::Unreadable,
                             QCoreApplication::translate("Folio::Checks::SpellingDictionary",
                                                         "Hunspell could not load %1")
                                 .arg(affixPath));
    }
    const QByteArray encoding = Hunspell_get_dic_encoding(data->handle.get());
    const QByteArray upper = encoding.trimmed().toUpper();
    data->utf8 = upper == "UTF-8" || upper == "UTF8";
    if (!data->utf8) {
        const QByteArray name = qtEncodingName(encoding);
        data->encoder = QStringEncoder(name.constData());
        data->decoder = QStringDecoder(name.constData());
        if (!data->encoder.isValid() || !data->decoder.isValid()) {
            return spellingError(
                Problem::UnsupportedEncoding,
                QCoreApplication::translate(
                    "Folio::Checks::SpellingDictionary",
                    "the %1 dictionary is in the %2 encoding, which Folio cannot read")
                    .arg(language, QString::fromLatin1(encoding)));
        }
    }
    data->readAffixFile();
    return SpellingDictionary(std::move(data));
}

const QString &SpellingDictionary::language() const
{
    return d->language;
}

const QString &SpellingDictionary::affixPath() const
{
    return d->affixPath;
}

bool SpellingDictionary::spell(QStringView word)
{
    const QByteArray bytes = d->encode(word);
    return !bytes.isEmpty() && Hunspell_spell(d->handle.get(), bytes.constData()) != 0;
}

QStringList SpellingDictionary::suggest(QStringView word, int limit)
{
    const QByteArray bytes = d->encode(word);
    if (bytes.isEmpty() || limit <= 0)
        return {};
    HunspellList list(d->handle.get());
    QStringList suggestions;
    for (const QString &suggestion :
         d->list(Hunspell_suggest(d->handle.get(), list.out(), bytes.constData()), list)) {
        if (suggestions.size() == limit)
            break;
        if (!suggestion.isEmpty() && !suggestions.contains(suggestion))
            suggestions.append(suggestion);
    }
    return suggestions;
}

void SpellingDictionary::add(QStringView word)
{
    const QByteArray bytes = d->encode(word);
    if (!bytes.isEmpty())
        Hunspell_add(d->handle.get(), bytes.constData());
}

const QStringList &SpellingDictionary::listedWords()
{
    if (!d->listedWords)
        d->readDictionaryFile();
    return *d->listedWords;
}

const SpellingDictionary::SuggestionRules &SpellingDictionary::suggestionRules() const
{
    return d->rules;
}

bool SpellingDictionary::isSuggestible(QStringView word)
{
    if (d->noSuggestFlag.isEmpty())
        return true;
    if (!d->listedWords)
        d->readDictionaryFile();
    if (d->noSuggestWords.isEmpty())
        return true;
    // Each word of a two-word suggestion, by itself and by its stems ("fucking": "fuck").
    for (const QStringView part : word.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (d->noSuggestWords.contains(part.toString().toLower()))
            return false;
        const QByteArray bytes = d->encode(part);
        if (bytes.isEmpty())
            continue;
        HunspellList list(d->handle.get());
        const QStringList stems =
            d->list(Hunspell_stem(d->handle.get(), list.out(), bytes.constData()), list);
        for (const QString &stem : stems) {
            if (d->noSuggestWords.contains(stem.toLower()))
                return false;
        }
    }
    return true;
}

} // namespace Folio::Checks
