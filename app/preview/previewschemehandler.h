#pragma once

#include "handbook/handbook.h"

#include <QWebEngineUrlSchemeHandler>

namespace Folio::Preview {

// Serves everything the preview loads, through the folio: scheme, so the preview never
// needs file:// access:
//   folio://app/...        Folio's own preview resources (shell, stylesheet)
//   folio://handbook/PATH  the open page's shell when PATH is its site URL, otherwise an
//                          image or other asset of the handbook, resolved as the site would
//                          and confined to the handbook root (never a hidden folder).
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static constexpr char SchemeName[] = "folio";
    static constexpr char AppHost[] = "app";
    static constexpr char HandbookHost[] = "handbook";

    // Declares the scheme to Chromium; must run before the QApplication is created.
    static void registerScheme();

    explicit PreviewSchemeHandler(QObject *parent = nullptr);

    void setHandbook(const Handbook::Handbook &handbook);
    void setPage(const QString &relativePath);
    // The URL the preview loads for the current page.
    [[nodiscard]] QUrl pageUrl() const;
    [[nodiscard]] const Handbook::Handbook &handbook() const { return m_handbook; }
    [[nodiscard]] const QString &page() const { return m_page; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    Handbook::Handbook m_handbook;
    QString m_page;
};

} // namespace Folio::Preview
