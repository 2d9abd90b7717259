// Folio's preview bridge. It runs in Folio's own isolated JavaScript world: the page's
// content runs no script at all. Folio calls these functions through runJavaScript().
var folio = (function () {
    'use strict';
    var firstLines = [];
    var lastLines = [];
    // Functions that enhance new blocks (diagrams, code highlighting), added by other
    // scripts of Folio's world; each gets the block element.
    var decorators = [];
    // Misspelled words to mark: [{line, word}], and whether marks are shown at all.
    var marks = [];
    var marksShown = false;
    var addedSinceLineMap = []; // blocks a patch added whose lines come with its last slice

    function root() {
        return document.getElementById('folio-content');
    }

    function makeBlock(html) {
        var block = document.createElement('div');
        block.className = 'folio-block';
        // Each block parses on its own, so markup one block leaves open cannot swallow the next.
        block.innerHTML = html;
        return block;
    }

    // Replaces removeCount blocks from start with new ones; lines describe every block after.
    function patch(start, removeCount, htmls, first, last) {
        var container = root();
        for (var i = 0; i < removeCount && container.children[start]; ++i)
            container.removeChild(container.children[start]);
        var before = container.children[start] || null;
        var fragment = document.createDocumentFragment();
        var added = [];
        for (var j = 0; j < htmls.length; ++j)
            added.push(fragment.appendChild(makeBlock(htmls[j])));
        container.insertBefore(fragment, before);
        Array.prototype.push.apply(addedSinceLineMap, added);
        for (var d = 0; d < decorators.length; ++d) {
            try {
                decorators[d](added);
            } catch (e) {
                console.error('folio decorator failed: ' + e);
            }
        }
        if (first !== null) { // the last slice of a patch carries the line map
            firstLines = first;
            lastLines = last;
            markBlocks(addedSinceLineMap.filter(function (b) { return b.parentNode === container; }));
            addedSinceLineMap = [];
        }
        return container.offsetHeight; // the caller measures an update that is laid out
    }

    // The block that holds a source line: the last one starting at or before it.
    function blockForLine(line) {
        var lo = 0, hi = firstLines.length - 1, found = -1;
        while (lo <= hi) {
            var mid = (lo + hi) >> 1;
            if (firstLines[mid] > 0 && firstLines[mid] <= line) {
                found = mid;
                lo = mid + 1;
            } else if (firstLines[mid] <= 0) {
                lo = mid + 1; // the header has no source line
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    function scrollToLine(line) {
        var index = blockForLine(line);
        var container = root();
        if (index < 0 || !container.children[index]) {
            window.scrollTo(0, 0);
            return;
        }
        var block = container.children[index];
        var span = Math.max(1, lastLines[index] - firstLines[index] + 1);
        var fraction = Math.min(1, Math.max(0, (line - firstLines[index]) / span));
        var top = block.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top + fraction * block.offsetHeight);
    }

    // The source line at the top of the view, with a fraction for smooth following.
    function topLine() {
        var blocks = root().children;
        if (window.scrollY <= 0 || blocks.length === 0)
            return 0;
        var lo = 0, hi = blocks.length - 1;
        while (lo < hi) {
            var mid = (lo + hi) >> 1;
            if (blocks[mid].getBoundingClientRect().bottom <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (firstLines[lo] <= 0)
            return 0;
        var rect = blocks[lo].getBoundingClientRect();
        var fraction = rect.height > 0 ? Math.min(1, Math.max(0, -rect.top / rect.height)) : 0;
        var span = Math.max(1, lastLines[lo] - firstLines[lo] + 1);
        return firstLines[lo] + fraction * span;
    }

    // What was clicked at (x, y): the block, and the word with how often it occurs in the
    // block's text before the click, so Folio can find the same word in the source.
    function hit(x, y) {
        var range = document.caretRangeFromPoint(x, y);
        if (!range || range.startContainer.nodeType !== Node.TEXT_NODE)
            return null;
        var node = range.startContainer;
        var block = node.parentElement ? node.parentElement.closest('.folio-block') : null;
        if (!block)
            return null;
        var index = Array.prototype.indexOf.call(root().children, block);
        var text = node.data;
        var offset = range.startOffset;
        var isWord = function (c) { return /[\p{L}\p{N}_'’-]/u.test(c); };
        var begin = offset, end = offset;
        while (begin > 0 && isWord(text[begin - 1])) --begin;
        while (end < text.length && isWord(text[end])) ++end;
        var word = text.substring(begin, end).replace(/^['’-]+|['’-]+$/g, '');
        if (!word)
            return null;
        var before = document.createRange();
        before.setStart(block, 0);
        before.setEnd(node, begin);
        var preceding = before.toString();
        var occurrence = 0;
        var re = new RegExp('(^|[^\\p{L}\\p{N}_])' + word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(?![\\p{L}\\p{N}_])', 'gu');
        while (re.exec(preceding) !== null) ++occurrence;
        return { block: index, firstLine: firstLines[index] || 0, lastLine: lastLines[index] || 0,
                 word: word, occurrence: occurrence };
    }

    function escapeWord(word) {
        // Typographic and straight apostrophes are the same letter to a reader.
        return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
    }

    // Wraps the marked words of the given blocks in span.folio-misspelled, leaving code alone.
    function markBlocks(blocks) {
        if (!marksShown || marks.length === 0 || blocks.length === 0)
            return;
        var container = root();
        var wordsByBlock = new Map();
        for (var i = 0; i < marks.length; ++i) {
            var block = container.children[blockForLine(marks[i].line)];
            if (!block)
                continue;
            if (!wordsByBlock.has(block))
                wordsByBlock.set(block, new Set());
            wordsByBlock.get(block).add(marks[i].word);
        }
        blocks.forEach(function (block) {
            var words = wordsByBlock.get(block);
            if (!words)
                return;
            var alternatives = Array.from(words).sort(function (a, b) { return b.length - a.length; })
                .map(escapeWord).join('|');
            var re = new RegExp('(^|[^\\p{L}\\p{N}_])(' + alternatives + ')(?![\\p{L}\\p{N}_])', 'gu');
            var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
                acceptNode: function (node) {
                    return node.parentElement.closest('code, pre, kbd, samp, script, style, .folio-misspelled')
                        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
                }
            });
            var nodes = [];
            while (walker.nextNode())
                nodes.push(walker.currentNode);
            nodes.forEach(function (node) {
                var text = node.data, match, at = 0, pieces = [];
                re.lastIndex = 0;
                while ((match = re.exec(text)) !== null) {
                    var start = match.index + match[1].length;
                    pieces.push(document.createTextNode(text.substring(at, start)));
                    var span = document.createElement('span');
                    span.className = 'folio-misspelled';
                    span.textContent = match[2];
                    pieces.push(span);
                    at = start + match[2].length;
                    re.lastIndex = at;
                }
                if (pieces.length === 0)
                    return;
                pieces.push(document.createTextNode(text.substring(at)));
                var parent = node.parentNode;
                pieces.forEach(function (piece) { parent.insertBefore(piece, node); });
                parent.removeChild(node);
            });
        });
    }

    function unmarkAll() {
        var container = root();
        var spans = container.querySelectorAll('span.folio-misspelled');
        var parents = new Set();
        spans.forEach(function (span) {
            parents.add(span.parentNode);
            span.replaceWith(document.createTextNode(span.textContent));
        });
        parents.forEach(function (parent) { parent.normalize(); });
    }

    // Replaces the marked words; returns how many were marked in the page.
    function setMarks(list, shown) {
        marks = list;
        marksShown = shown;
        unmarkAll();
        markBlocks(Array.prototype.slice.call(root().children));
        return root().querySelectorAll('span.folio-misspelled').length;
    }

    function setTheme(dark) {
        document.documentElement.className = dark ? 'folio-dark' : 'folio-light';
    }

    function scrollToId(id) {
        var element = document.getElementById(id);
        if (element)
            element.scrollIntoView();
    }

    // Scrolls block index into view and marks it current (the rendered diff's "next change"):
    // in the middle when it fits, else its top at the top. Returns the new scroll position.
    function showBlock(index) {
        var container = root();
        var previous = container.querySelector('.folio-current');
        if (previous)
            previous.classList.remove('folio-current');
        var block = container.children[index];
        if (!block)
            return -1;
        block.classList.add('folio-current');
        var fits = block.offsetHeight < window.innerHeight * 0.8;
        block.scrollIntoView({ block: fits ? 'center' : 'start' });
        return window.scrollY;
    }

    function addDecorator(decorator) {
        decorators.push(decorator);
    }

    return { patch: patch, addDecorator: addDecorator, scrollToLine: scrollToLine, topLine: topLine, hit: hit,
             setTheme: setTheme, scrollToId: scrollToId, showBlock: showBlock, setMarks: setMarks };
})();
