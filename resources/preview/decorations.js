// Folio's preview decorations: fenced code highlighted by highlight.js, mermaid fences drawn
// as diagrams. Runs in Folio's isolated world after bridge.js. PreviewView runs the script
// that defines folioLibraries before the first block with a fence reaches the page; its
// functions run a library the first time the page needs it. The page's own content still runs no script: what is drawn here is inert markup.
(function () {
    'use strict';
    var hljs = null;
    var mermaid = null;
    var mermaidTheme = null;
    var diagrams = 0;

    // cmark-gfm writes a fence's language as <pre lang="ruby"><code>.
    function languageOf(pre) {
        return (pre.getAttribute('lang') || '').trim().toLowerCase();
    }

    function highlighter() {
        if (!hljs)
            hljs = folioLibraries.hljs();
        return hljs;
    }

    function highlightCode(pre) {
        var language = languageOf(pre);
        var code = pre.firstElementChild;
        if (!language || language === 'mermaid' || !code || code.tagName !== 'CODE')
            return;
        var library = highlighter();
        if (!library.getLanguage(language))
            return; // unknown language: leave the code as it is
        // highlight.js 9.18: highlight(language, text, ignoreIllegals); the value is escaped
        // HTML of <span class="hljs-..."> only.
        var result = library.highlight(language, code.textContent, true);
        code.innerHTML = result.value;
        code.classList.add('hljs');
    }

    function mermaidLibrary() {
        if (!mermaid)
            mermaid = folioLibraries.mermaid();
        var theme = document.documentElement.classList.contains('folio-dark') ? 'dark' : 'default';
        if (theme !== mermaidTheme) {
            mermaid.initialize({
                startOnLoad: false,
                securityLevel: 'strict', // labels sanitized, no click handlers
                theme: theme,
                htmlLabels: false, // plain SVG text, no HTML in foreignObject
                flowchart: { htmlLabels: false }
            });
            mermaidTheme = theme;
        }
        return mermaid;
    }

    function errorText(error) {
        if (error && typeof error.message === 'string' && error.message)
            return error.message;
        if (error && typeof error.str === 'string')
            return error.str;
        return String(error);
    }

    function showError(pre, source, error) {
        var box = document.createElement('div');
        box.className = 'folio-mermaid-error';
        var message = document.createElement('div');
        message.className = 'folio-mermaid-error-message';
        message.textContent = 'Mermaid diagram: ' + errorText(error);
        var code = document.createElement('pre');
        code.className = 'folio-mermaid-source';
        code.textContent = source;
        box.appendChild(message);
        box.appendChild(code);
        pre.replaceWith(box);
    }

    function drawDiagram(pre) {
        var source = pre.textContent;
        var id = 'folio-mermaid-' + (++diagrams);
        var finished = function (svg, error) {
            // mermaid leaves its scratch element in the body when the text does not parse.
            var scratch = document.getElementById('d' + id);
            if (scratch)
                scratch.remove();
            if (!pre.isConnected)
                return; // the block was replaced by an edit meanwhile
            if (error !== undefined) {
                showError(pre, source, error);
                return;
            }
            var box = document.createElement('div');
            box.className = 'folio-mermaid';
            box.innerHTML = svg; // sanitized by mermaid (securityLevel strict, DOMPurify)
            pre.replaceWith(box);
        };
        try {
            // mermaid 10: render(id, text) resolves to { svg } and queues calls itself.
            Promise.resolve(mermaidLibrary().render(id, source)).then(
                function (result) { finished(result.svg); },
                function (error) { finished('', error === undefined ? 'unknown error' : error); });
        } catch (error) {
            finished('', error === undefined ? 'unknown error' : error);
        }
    }

    function decorate(blocks) {
        for (var i = 0; i < blocks.length; ++i) {
            var fences = blocks[i].querySelectorAll('pre[lang]');
            for (var j = 0; j < fences.length; ++j) {
                try {
                    if (languageOf(fences[j]) === 'mermaid')
                        drawDiagram(fences[j]);
                    else
                        highlightCode(fences[j]);
                } catch (error) {
                    console.error('folio decoration failed: ' + error); // one fence, not the page
                }
            }
        }
    }

    folio.addDecorator(decorate);
})();
