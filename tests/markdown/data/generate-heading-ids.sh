#!/usr/bin/env bash
# Regenerates the heading-id golden data next to this script from the REAL generators:
#
#   heading-ids.tsv       one row per distinct heading line and style
#   heading-id-pages.tsv  whole pages, heading after heading, for HeadingIdRegistry
#
# Referees (Debian 12 packages): kramdown 2.4.0 with ruby-kramdown-parser-gfm 1.1.0, called as
# GitLab's Middleman handbook did (`Kramdown::Document.new(src, input: 'GFM', hard_wrap: false)`),
# and hugo 0.111.3 (goldmark 1.5.4, default configuration: autoHeadingIDType "github").
#
#   apt-get install -y ruby-kramdown-parser-gfm hugo
#   tests/markdown/data/generate-heading-ids.sh [CORPUS_DIR]
#
# CORPUS_DIR defaults to $FOLIO_CORPUS_DIR, else ../shared/handbook-corpus beside the checkout.
# Headings are the ATX lines (outside front matter and fenced code) of every page in its
# middleman/ and hugo/ trees plus the hand-written cases below (Unicode, emoji, punctuation,
# numbers, code spans, links, entities, quotes, duplicates, empty headings, CJK...). Every line
# goes through all three styles; rows are deduplicated, and plain-ASCII headings (letters,
# digits, spaces only) are kept only as a sample to keep the file small.
#
# heading-ids.tsv columns (tab separated; `\t`, `\n`, `\r` and `\\` escaped in text fields):
#   style     kramdown | kramdown-html-block | goldmark
#   kind      auto: the generator made the id; explicit: the line carries `{#id}`;
#             none: the generator does not read the line as a heading
#   text      kramdown styles: the heading text as the reader sees it, as kramdown derives the
#             id from it (text, code spans, entities, typography; no footnote markers);
#             goldmark: the text Hugo shows (for information: Goldmark derives the id from the
#             Markdown source, the `markdown` column)
#   id        the id the generator wrote (empty: no id attribute)
#   markdown  the heading line as written
# heading-id-pages.tsv columns:
#   page      corpus path or a synthetic page name
#   style     kramdown | goldmark
#   kind      kramdown: auto | html-block | explicit, text = kramdown's id text (explicit: the
#             id); goldmark: line, text = the Markdown heading line
#   text, id  as above, in document order
# The C++ test (tst_headingids) reads both files; it needs neither ruby nor hugo.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
corpus=${1:-${FOLIO_CORPUS_DIR:-$here/../../../../shared/handbook-corpus}}
for tool in ruby hugo; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y ruby-kramdown-parser-gfm hugo)" >&2; exit 1; }
done
if [ ! -d "$corpus/middleman" ] || [ ! -d "$corpus/hugo" ]; then
    echo "no corpus at $corpus" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/tricky.md" <<'EOF'
## 1. Getting started: the "basics" & more
## Über uns
## Title {#custom}
## Café, naïve façade — résumé
## Ünïcödé ÀÉÎÕÜ
## ΣΑΣ Σίσυφος ΟΔΟΣ
## İstanbul and DİYARBAKIR
## ǅemal ǈ ǋ titlecase
## Straße ẞ
## Ⅷ Ⅻ roman numerals
## ² ½ ① ⅓ other numbers
## Ⓐ circled 🅰 squared
## 日本語の見出し
## 中文标题：测试（一）
## 한국어 제목
## Русский заголовок
## עברית כותרת
## العربية عنوان ١٢٣
## हिन्दी शीर्षक
## ไทย หัวข้อ
## Emoji 😀 rocket 🚀
## Family 👩‍👩‍👧 ZWJ
## Flag 🇩🇪 and skin 👍🏽
## :smile: shortcode :+1:
## Code `snake_case_name` and `--flag`
## `#channel` in Slack
## [Link text](https://example.com/path?q=1) here
## [Ref link][ref] and [another]
## ![Image alt](/images/x.png) after image
## <a name="old-anchor"></a>With anchor
## <span class="x">Span</span> text
## Line <br> break
## <!-- comment --> visible
## HTML &amp; entities &copy; &#169; &#x41; &nbsp;done
## Ampersand & and && and &&&
## AT&T and R&D
## "Double" and 'single' quotes
## Don't stop
## It's a "test"
## a -- b --- c ---- d
## Pre-existing--double-dash
## Ellipsis... and …
## << guillemets >> and <<no space>>
## Q&A: what? why!
## C# and F#
## C#
## C++ / C
## 100% done!
## $5 and €10 and ¥
## Version 1.2.3
## 2023-01-01 release
## 10 things
## ***
## !!!
## ...
## _Emphasis_ and *stars*
## __Strong__ and **strong**
## ~~Struck~~ text
## Snake_case_word
## __init__ method
## a\_b \* c \# d
## Trailing hashes ##
## Trailing hash#
## Closing \#
## Escaped \## hashes ##
## #hashtag heading
## tab	inside
## Multiple   spaces
## Title {.cls}
## Title {#custom-two .cls}
## Title {: .no_toc}
## Title ## {#after-closing}
## Nested {#a} {#b}
## Bad id {#1abc}
## Colon id {#a:b}
## Attr {#x key="v w" n=1.5 flag=true}
## Broken attr {#x key='v'}
## x{#nospace}
## Math $$x^2$$ inline
## Footnote[^1] marker
## Dup
## dup
## Dup-1
## 
##
#
# H1 level
###### H6 level
####### Seven hashes
##no space
   ## Three spaces
    ## Four spaces
## NBSP at end   
## Ideographic space　end　
## Zero​width space
## Soft­hyphen
## — leading dash
## - leading hyphen
## -leading
## _
## 123
## café vs café
## ＡＢＣ fullwidth
## x² + y² = z²
## 1st, 2nd & 3rd
## Frequently Asked Questions (FAQ)
## What's new in 15.0?
## Q3 FY24 OKRs
## GitLab.com vs. self-managed
## Who we are / What we do
## `code` only
## **Bold** only
EOF

cat >"$work/gen.rb" <<'RUBY'
# frozen_string_literal: true
require 'kramdown'
require 'kramdown-parser-gfm'
require 'cgi'
require 'fileutils'

corpus, work, out_dir = ARGV
KOPTS = { input: 'GFM', hard_wrap: false }.freeze

# --- GFM parser that remembers which headers had an id before auto ids were made ----------
module Kramdown
  module Parser
    class Foliogfm < GFM
      def update_elements(element)
        mark_explicit(element) if element.type == :root
        super
      end

      # Headers inside an HTML element are left to the converter's ids (update_elements does
      # not descend into :html_element).
      def mark_explicit(element, in_html = false)
        element.children.each do |child|
          if child.type == :header
            child.options[:folio_explicit] = child.attr.key?('id')
            child.options[:folio_html_block] = in_html
          end
          mark_explicit(child, in_html || child.type == :html_element)
        end
      end
    end
  end
  module Converter
    class Foliohtml < Html
      LOG = []
      def convert_header(el, indent)
        html = super
        LOG << [el, html[/<h\d[^>]*>/][/ id="([^"]*)"/, 1] || '']
        html
      end
    end
  end
end

def esc(s)
  s.gsub('\\') { '\\\\' }.gsub("\t", '\\t').gsub("\n", '\\n').gsub("\r", '\\r')
end

def decode_entities(s)
  s.gsub(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/) do
    ref = Regexp.last_match(1)
    if ref.start_with?('#x', '#X') then [ref[2..].to_i(16)].pack('U')
    elsif ref.start_with?('#') then [ref[1..].to_i].pack('U')
    else
      begin
        Kramdown::Utils::Entities.entity(ref).char
      rescue StandardError
        "&#{ref};"
      end
    end
  end
end

def visible_text(inner_html)
  decode_entities(inner_html.gsub(/<!--.*?-->/m, '').gsub(/<[^>]*>/, ''))
end

def body_of(text)
  lines = text.lines
  if lines.first&.match?(/\A(---|\+\+\+)\s*\z/)
    fence = lines.first.strip
    close = lines[1..].index { |l| l.strip == fence }
    return lines[(close + 2)..].join if close
  end
  text
end

def heading_lines(text)
  out = []
  fence = nil
  body_of(text).each_line(chomp: true) do |l|
    if fence
      fence = nil if l.match?(/\A {0,3}#{Regexp.escape(fence)}/)
      next
    end
    if (m = l.match(/\A {0,3}(`{3,}|~{3,})/))
      fence = m[1]
      next
    end
    out << l.sub(/\A +/, '') if l.match?(/\A {0,3}\#{1,6}([ \t]|\z)/)
  end
  out
end

# --- inputs -------------------------------------------------------------------------------
pages = {}
%w[middleman hugo].each do |tree|
  Dir.glob(File.join(corpus, tree, '**', '*')).sort.each do |file|
    next unless File.file?(file)
    pages[file.delete_prefix("#{corpus}/")] = File.read(file, encoding: 'UTF-8')
  end
end
tricky = File.read(File.join(work, 'tricky.md'), encoding: 'UTF-8').lines(chomp: true)
era_lines = Hash.new { |h, k| h[k] = [] }
pages.each { |path, text| era_lines[path.split('/').first].concat(heading_lines(text)) }
corpus_lines = era_lines['middleman'] + era_lines['hugo']
synthetic = {
  'synthetic/duplicates' => ['## Dup', '## Dup', '## Dup-1', '## dup', '## Title {#dup-2}', '## Dup',
                             '## !!!', '## ***', '## ', '## heading', '## Custom {#custom}', '## custom',
                             '## section', '## 1. Über uns', '## Über uns', '## Title {#custom}', '## Dup'],
}
synthetic['synthetic/html-block'] = [
  '## Über uns', '## !!!', '',
  '{::options parse_block_html="true" /}', '',
  '<div class="panel">', '', '## Über uns', '', '## Über uns', '', '## !!!', '', '## Section', '', '</div>', '',
  '## Über uns', '## section', '## !!!'
]

lines = (tricky + synthetic.values.flat_map { |ls| heading_lines(ls.join("\n")) } + corpus_lines).uniq
warn "#{pages.size} pages, #{corpus_lines.size} heading lines, #{lines.size} distinct with the hand-written ones"

# --- kramdown, one line at a time ---------------------------------------------------------
kramdown = {}
lines.each do |line|
  src = "#{line}\n\n[ref]: https://example.com/ref\n[another]: /another\n[^1]: A note.\n"
  doc = Kramdown::Document.new(src, **KOPTS, input: 'Foliogfm')
  blocks = doc.root.children.reject { |c| %i[blank footnote_def].include?(c.type) }
  el = blocks.first
  unless blocks.size == 1 && el.type == :header
    kramdown[line] = { kind: 'none', text: '', id: '' }
    next
  end
  Kramdown::Converter::Foliohtml::LOG.clear
  html = Kramdown::Converter::Foliohtml.convert(doc.root, doc.options).first
  id = Kramdown::Converter::Foliohtml::LOG.first[1]
  inner = html[%r{<h\d[^>]*>(.*?)</h\d>}m, 1]
  kind = el.options[:folio_explicit] ? 'explicit' : 'auto'
  kramdown[line] = { kind: kind, text: el.options[:raw_text], visible: visible_text(inner), id: id }
  next unless kind == 'auto'

  # The same heading inside an HTML block that kramdown parses as Markdown.
  wrapped = "{::options parse_block_html=\"true\" /}\n\n<div>\n\n#{src}\n</div>\n"
  html = Kramdown::Document.new(wrapped, **KOPTS).to_html
  tag = html[/<h\d[^>]*>/]
  kramdown[line][:html_block_id] = tag[/ id="([^"]*)"/, 1] || '' if tag
end

# --- hugo: one page per line, plus one page per corpus page with its headings -------------
site = File.join(work, 'site')
FileUtils.mkdir_p(File.join(site, 'layouts', '_default'))
File.write(File.join(site, 'config.toml'), <<~TOML)
  baseURL = "http://example.invalid/"
  disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
  [markup.goldmark.renderer]
  unsafe = true
TOML
File.write(File.join(site, 'layouts', '_default', 'single.html'), "{{ .Content }}\n")
hugo_lines = lines.reject { |l| l.include?('{{') } # a shortcode would need its template
FileUtils.mkdir_p(File.join(site, 'content', 'h'))
hugo_lines.each_with_index do |line, i|
  File.write(File.join(site, 'content', 'h', format('%05d.md', i)),
             "---\ntitle: h\n---\n\n#{line}\n\n[ref]: https://example.com/ref\n[another]: /another\n")
end

goldmark_pages = {}
pages.each do |path, text|
  next unless path.start_with?('hugo/')
  goldmark_pages[path] = heading_lines(text).reject { |l| l.include?('{{') }
end
goldmark_pages['synthetic/duplicates'] = synthetic['synthetic/duplicates']
FileUtils.mkdir_p(File.join(site, 'content', 'p'))
goldmark_pages.each_with_index do |(_, hs), i|
  File.write(File.join(site, 'content', 'p', format('%05d.md', i)),
             "---\ntitle: p\n---\n\n" + hs.map { |l| "#{l}\n\n" }.join)
end
system('hugo', '--quiet', '-s', site, '-d', File.join(work, 'public'), exception: true)

def hugo_page(work, dir, i)
  File.read(File.join(work, dir, format('%05d', i), 'index.html'), encoding: 'UTF-8')
end

def hugo_headings(html)
  html.scan(%r{<h(\d)([^>]*)>(.*?)</h\1>}m).map do |_, attrs, inner|
    [CGI.unescapeHTML(attrs[/ id="([^"]*)"/, 1] || ''), inner]
  end
end

goldmark = {}
hugo_lines.each_with_index do |line, i|
  h = hugo_headings(hugo_page(work, 'public/h', i)).first
  goldmark[line] = h ? { kind: 'auto', text: visible_text(h[1]), id: h[0] } : { kind: 'none', text: '', id: '' }
end

# Which ids came from an attribute block? Render each line again with a word put in front
# of its text: an automatic id changes, an explicit one does not.
FileUtils.rm_rf(File.join(site, 'content'))
FileUtils.mkdir_p(File.join(site, 'content', 'h'))
hugo_lines.each_with_index do |line, i|
  probe = line.sub(/\A( {0,3}\#{1,6}[ \t]+)/, '\\1zq ')
  probe = nil if probe == line # an empty heading: no attribute block either
  File.write(File.join(site, 'content', 'h', format('%05d.md', i)), "---\ntitle: h\n---\n\n#{probe || 'zq'}\n")
end
system('hugo', '--quiet', '-s', site, '-d', File.join(work, 'probe'), exception: true)
hugo_lines.each_with_index do |line, i|
  next if goldmark[line][:kind] == 'none'
  h = hugo_headings(hugo_page(work, 'probe/h', i)).first
  goldmark[line][:kind] = 'explicit' if h && h[0] == goldmark[line][:id]
end

# --- heading-ids.tsv ----------------------------------------------------------------------
def plain_ascii?(line)
  line.sub(/\A\#{1,6}[ \t]+/, '').match?(/\A[A-Za-z0-9 ]+\z/)
end

# kramdown styles for the Middleman pages' headings, Goldmark for the Hugo pages' headings,
# all styles for the hand-written ones.
own = tricky + synthetic.values.flat_map { |ls| heading_lines(ls.join("\n")) }
middleman_lines = (own + era_lines['middleman']).uniq
hugo_lines_kept = (own + era_lines['hugo']).uniq
sampled = Hash.new(0)
keep = lambda do |line, era|
  next true if own.include?(line) || !plain_ascii?(line)

  ((sampled[era] += 1) % 10).zero?
end
rows = []
middleman_lines.each do |line|
  next unless keep.call(line, :middleman)

  k = kramdown[line]
  rows << ['kramdown', k[:kind], k[:kind] == 'auto' ? k[:text] : '', k[:id], line]
  rows << ['kramdown-html-block', 'auto', k[:text], k[:html_block_id], line] if k[:html_block_id]
end
hugo_lines_kept.each do |line|
  next unless (g = goldmark[line]) && keep.call(line, :hugo)

  rows << ['goldmark', g[:kind], g[:text], g[:id], line]
end
rows.uniq!
hugo_version = `hugo version`.split[0, 2].join(' ')
File.open(File.join(out_dir, 'heading-ids.tsv'), 'w') do |f|
  f.puts "# Generated by generate-heading-ids.sh from kramdown #{Kramdown::VERSION}, kramdown-parser-gfm " \
         "#{Kramdown::Parser::GFM::VERSION} and #{hugo_version}. Do not edit."
  f.puts "# style\tkind\ttext\tid\tmarkdown"
  rows.each { |r| f.puts r.map { |c| esc(c.to_s) }.join("\t") }
end

# --- heading-id-pages.tsv: pages where uniqueness, explicit or HTML-block ids matter, each --
# --- up to its last such heading ----------------------------------------------------------
def gfm_solo_id(text)
  text.downcase.gsub(Kramdown::Parser::GFM::NON_WORD_RE, '').tr(" \t", '-')
end

page_rows = []
kramdown_pages = pages.select { |p, _| p.start_with?('middleman/') }.transform_values { |t| body_of(t) }
synthetic.each { |name, ls| kramdown_pages[name] = ls.join("\n") + "\n" }
kramdown_kept = 0
kramdown_pages.each do |path, body|
  doc = Kramdown::Document.new(body, **KOPTS, input: 'Foliogfm')
  Kramdown::Converter::Foliohtml::LOG.clear
  Kramdown::Converter::Foliohtml.convert(doc.root, doc.options)
  entries = Kramdown::Converter::Foliohtml::LOG.map do |el, id|
    kind = if el.options[:folio_explicit] then 'explicit'
           elsif el.options[:folio_html_block] then 'html-block'
           else 'auto'
           end
    [path, 'kramdown', kind, kind == 'explicit' ? id : el.options[:raw_text], id]
  end
  last = entries.rindex { |e| e[2] != 'auto' || e[4] != gfm_solo_id(e[3]) }
  next unless last || path.start_with?('synthetic/')

  kramdown_kept += 1
  page_rows.concat(path.start_with?('synthetic/') ? entries : entries[0..last])
end
goldmark_kept = 0
goldmark_pages.each_with_index do |(path, hs), i|
  found = hugo_headings(hugo_page(work, 'public/p', i)).map(&:first)
  heads = hs.reject { |l| goldmark[l][:kind] == 'none' }
  raise "#{path}: #{heads.size} heading lines but hugo made #{found.size} headings" if heads.size != found.size
  entries = heads.zip(found).map { |l, id| [path, 'goldmark', 'line', l, id] }
  last = entries.rindex { |e| e[4] != goldmark[e[3]][:id] }
  next unless last || path.start_with?('synthetic/')

  goldmark_kept += 1
  page_rows.concat(path.start_with?('synthetic/') ? entries : entries[0..last])
end
File.open(File.join(out_dir, 'heading-id-pages.tsv'), 'w') do |f|
  f.puts "# Generated by generate-heading-ids.sh (see heading-ids.tsv). Do not edit."
  f.puts "# page\tstyle\tkind\ttext\tid"
  page_rows.each { |r| f.puts r.map { |c| esc(c.to_s) }.join("\t") }
end

# --- what the files cannot show -----------------------------------------------------------
differ = rows.select { |r| r[0] == 'kramdown' && r[1] == 'auto' && kramdown[r[4]][:visible] != r[2] }
warn "kramdown rows whose id text differs from the visible text: #{differ.size}"
differ.first(15).each { |r| warn "  #{r[4]}  | id text: #{r[2].inspect}  | visible: #{kramdown[r[4]][:visible].inspect}" }
warn "heading-ids.tsv: #{rows.size} rows (#{rows.group_by(&:first).map { |k, v| "#{k} #{v.size}" }.join(', ')})"
warn "heading-id-pages.tsv: #{page_rows.size} rows from #{kramdown_kept} kramdown and #{goldmark_kept} goldmark pages"
RUBY

ruby "$work/gen.rb" "$corpus" "$work" "$here"
