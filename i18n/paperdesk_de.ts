<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessibleCalendarView</name>
    <message>
        <source>Days of %1</source>
        <translation>Tage im %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
</context>
<context>
    <name>AnnouncementCalendar</name>
    <message>
        <source>neither a number nor text</source>
        <translation>weder eine Zahl noch Text</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB</source>
        <translation>sie ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>The arXiv holiday file %1 could not be used: %2. The built-in holiday list is used instead; fix or remove the file.</source>
        <translation>Die arXiv-Feiertagsdatei %1 konnte nicht verwendet werden: %2. Stattdessen wird die eingebaute Feiertagsliste verwendet; korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>its top level is not a JSON object</source>
        <translation>ihre oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is missing</source>
        <translation>„formatVersion“ fehlt</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is %1, but this version of Paperdesk reads only format 1</source>
        <translation>„formatVersion“ ist %1, aber diese Version von Paperdesk liest nur Format 1</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; is missing or is not a list</source>
        <translation>„holidays“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>entry %1 of &quot;holidays&quot;</source>
        <translation>Eintrag %1 von „holidays“</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 has no &quot;date&quot; text</source>
        <translation>%1 hat keinen „date“-Text</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>%1: „%2“ ist kein gültiges Datum (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; is not text</source>
        <translation>%1: „name“ ist kein Text</translation>
    </message>
</context>
<context>
    <name>ArxivCategories</name>
    <message>
        <source>The category list is not a JSON object: %1</source>
        <translation>Die Kategorienliste ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Category %1 of the list has no code or no name.</source>
        <translation>Kategorie %1 der Liste hat keinen Code oder keinen Namen.</translation>
    </message>
    <message>
        <source>The category list is empty.</source>
        <translation>Die Kategorienliste ist leer.</translation>
    </message>
</context>
<context>
    <name>AtomParser</name>
    <message>
        <source>The arXiv API sent an empty response.</source>
        <translation>Die arXiv-API hat eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>The arXiv API response is not an Atom feed: its root element is &lt;%1&gt;.</source>
        <translation>Die Antwort der arXiv-API ist kein Atom-Feed: ihr Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The arXiv API reported an error: %1.</source>
        <translation>Die arXiv-API hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n entries in the arXiv API response has both an arXiv id and a title.</source>
        <translation>
            <numerusform>Die arXiv-API-Antwort enthält %n Eintrag, und er hat nicht sowohl eine arXiv-ID als auch einen Titel.</numerusform>
            <numerusform>Keiner der %n Einträge der arXiv-API-Antwort hat sowohl eine arXiv-ID als auch einen Titel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The arXiv API sent a web page instead of an Atom feed.</source>
        <translation>Die arXiv-API hat eine Webseite statt eines Atom-Feeds gesendet.</translation>
    </message>
    <message>
        <source>The arXiv API sent a web page (“%1”) instead of an Atom feed.</source>
        <translation>Die arXiv-API hat eine Webseite („%1“) statt eines Atom-Feeds gesendet.</translation>
    </message>
    <message>
        <source>The arXiv API response is not an Atom feed: it begins with “%1”.</source>
        <translation>Die Antwort der arXiv-API ist kein Atom-Feed: sie beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>The arXiv API response is not an Atom feed: it holds no XML element.</source>
        <translation>Die Antwort der arXiv-API ist kein Atom-Feed: sie enthält kein XML-Element.</translation>
    </message>
    <message>
        <source>The arXiv API response stops abruptly at line %1: the download was cut off before the feed was complete.</source>
        <translation>Die Antwort der arXiv-API bricht in Zeile %1 ab: der Download wurde unterbrochen, bevor der Feed vollständig war.</translation>
    </message>
    <message>
        <source>The arXiv API response is not well-formed XML at line %1, column %2: %3.</source>
        <translation>Die Antwort der arXiv-API ist kein wohlgeformtes XML in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>The arXiv API&apos;s answer is not valid UTF-8: the byte at offset %1 (line %2) is not part of any character.</source>
        <translation>Die Antwort der arXiv-API ist kein gültiges UTF-8: Das Byte bei Offset %1 (Zeile %2) gehört zu keinem Zeichen.</translation>
    </message>
</context>
<context>
    <name>BudgetFilter</name>
    <message>
        <source>Budget mode: For you %1 is below the day&apos;s top %2%.</source>
        <translation>Sparmodus: „Für dich“ %1 liegt unter den besten %2 % des Tages.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Try paperdesk --help.</source>
        <translation>Unbekannter Befehl „%1“. Versuchen Sie paperdesk --help.</translation>
    </message>
    <message>
        <source>Usage: paperdesk days [--month YYYY-MM] [--json]</source>
        <translation>Aufruf: paperdesk days [--month YYYY-MM] [--json]</translation>
    </message>
    <message>
        <source>--month wants YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--month erwartet YYYY-MM, nicht „%1“.</translation>
    </message>
    <message>
        <source>No days stored yet. Run &quot;paperdesk fetch&quot; or use Fetch in the window.</source>
        <translation>Noch keine Tage gespeichert. Führen Sie „paperdesk fetch“ aus oder verwenden Sie „Abrufen“ im Fenster.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Usage: paperdesk profile export FILE | paperdesk profile import FILE</source>
        <translation>Aufruf: paperdesk profile export DATEI | paperdesk profile import DATEI</translation>
    </message>
    <message>
        <source>Profile not imported; the stored profile is unchanged. %1</source>
        <translation>Profil nicht importiert; das gespeicherte Profil ist unverändert. %1</translation>
    </message>
    <message>
        <source>Imported the profile from %1.</source>
        <translation>Profil aus %1 importiert.</translation>
    </message>
    <message>
        <source>Exported the profile to %1.</source>
        <translation>Profil nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>--date wants YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date erwartet YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: %2 scanned, %3 scored, %4 relevant, %5 failed; this run: %6 requests, %7 prompt + %8 completion tokens, cost %9%10</source>
        <translation>%1: %2 geprüft, %3 bewertet, %4 relevant, %5 fehlgeschlagen; dieser Lauf: %6 Anfragen, %7 Prompt- + %8 Antwort-Token, Kosten %9%10</translation>
    </message>
    <message>
        <source> (offline heuristic)</source>
        <translation> (Offline-Heuristik)</translation>
    </message>
    <message>
        <source>No database in %1; fetch a day first.</source>
        <translation>Keine Datenbank in %1; rufen Sie zuerst einen Tag ab.</translation>
    </message>
    <message>
        <source>No fetched day to export; run &quot;paperdesk fetch&quot; first.</source>
        <translation>Kein abgerufener Tag zum Exportieren; führen Sie zuerst „paperdesk fetch“ aus.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no price for %1)</source>
        <translation>unbekannt (kein Preis für %1)</translation>
    </message>
    <message numerus="yes">
        <source> (%n reasoning token(s) billed as completion)</source>
        <translation>
            <numerusform> (%n Reasoning-Token als Completion berechnet)</numerusform>
            <numerusform>(%n Reasoning-Tokens als Completion berechnet)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); reading it without writing anything.</source>
        <translation>%1 kann nicht geschrieben werden (%2); es wird nur gelesen, nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>In %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>last run interrupted</source>
        <translation>letzter Lauf unterbrochen</translation>
    </message>
    <message>
        <source>waiting for batch</source>
        <translation>wartet auf Batch</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;arxivId&quot;</source>
        <translation>kein &quot;arxivId&quot;</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be &quot;like&quot; or &quot;dislike&quot;</source>
        <translation>&quot;label&quot; muss &quot;like&quot; oder &quot;dislike&quot; sein</translation>
    </message>
    <message>
        <source>No day in the range has liked or starred papers to evaluate against.</source>
        <translation>Kein Tag im Zeitraum hat Artikel mit „Gefällt mir“ oder gemerkte Artikel, an denen sich die Auswertung messen könnte.</translation>
    </message>
    <message>
        <source>Each day: For you trained on reactions to earlier days; LLM = relevance + novelty.</source>
        <translation>Jeder Tag: „Für dich“ trainiert mit den Reaktionen auf frühere Tage; LLM = Relevanz + Neuheit.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>liked</source>
        <translation>Gefällt</translation>
    </message>
    <message>
        <source>For you P@10 P@20   AUC</source>
        <translation>Für dich P@10 P@20  AUC</translation>
    </message>
    <message>
        <source>LLM P@10 P@20   AUC</source>
        <translation>LLM P@10 P@20   AUC</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Usage: paperdesk feedback import FILE | paperdesk feedback export FILE</source>
        <translation>Aufruf: paperdesk feedback import DATEI | paperdesk feedback export DATEI</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reaction(s) to %1.</source>
        <translation>
            <numerusform>%n Reaktion nach %1 exportiert.</numerusform>
            <numerusform>%n Reaktionen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not stored (fetch its day first)</source>
        <translation>%1 ist nicht gespeichert (rufen Sie zuerst seinen Tag ab)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>No reaction imported: %1</source>
        <translation>Keine Reaktion importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reaction(s)</source>
        <translation>
            <numerusform>%n Reaktion importiert</numerusform>
            <numerusform>%n Reaktionen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n.</source>
        <translation>
            <numerusform>; %n übersprungen.</numerusform>
            <numerusform>; %n übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: paperdesk library import FILE (.bib, .ris, .json or zotero.sqlite)</source>
        <translation>Aufruf: paperdesk library import DATEI (.bib, .ris, .json oder zotero.sqlite)</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1: read %2, kept %3 (%4 already imported), %5 match stored papers, skipped %6.</source>
        <translation>%1: %2 gelesen, %3 übernommen (%4 bereits importiert), %5 passen zu gespeicherten Artikeln, %6 übersprungen.</translation>
    </message>
    <message>
        <source>Usage: paperdesk eval --from YYYY-MM-DD --to YYYY-MM-DD</source>
        <translation>Aufruf: paperdesk eval --from JJJJ-MM-TT --to JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Cannot read the starred papers: %1</source>
        <translation>Die markierten Artikel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not in the database; fetch it first.</source>
        <translation>%1 ist nicht in der Datenbank; rufen Sie den Tag zuerst ab.</translation>
    </message>
    <message>
        <source>%1 has no papers: the day is %2%3.</source>
        <translation>%1 hat keine Artikel: Der Tag ist %2%3.</translation>
    </message>
    <message>
        <source>Usage: paperdesk export [--date YYYY-MM-DD | --month YYYY-MM] [--format markdown|html|json|bibtex|ris|csljson] [--starred | --relevant] [--output FILE] [--prompt]</source>
        <translation>Aufruf: paperdesk export [--date YYYY-MM-DD | --month YYYY-MM] [--format markdown|html|json|bibtex|ris|csljson] [--starred | --relevant] [--output DATEI] [--prompt]</translation>
    </message>
    <message>
        <source>--format wants markdown, html, json, bibtex, ris or csljson, not &quot;%1&quot;.</source>
        <translation>--format erwartet markdown, html, json, bibtex, ris oder csljson, nicht „%1“.</translation>
    </message>
    <message>
        <source>--month and --prompt are for digests; --format %1 exports the starred papers or one day&apos;s papers.</source>
        <translation>--month und --prompt gelten für Digests; --format %1 exportiert die markierten Artikel oder die Artikel eines Tages.</translation>
    </message>
    <message>
        <source>--starred exports every starred paper; leave out --date and --relevant.</source>
        <translation>--starred exportiert alle markierten Artikel; lassen Sie --date und --relevant weg.</translation>
    </message>
    <message>
        <source>--starred and --relevant export references; add --format bibtex, ris or csljson.</source>
        <translation>--starred und --relevant exportieren Literaturangaben; ergänzen Sie --format bibtex, ris oder csljson.</translation>
    </message>
    <message>
        <source>No starred papers; the export lists none.</source>
        <translation>Keine markierten Artikel; der Export enthält keine.</translation>
    </message>
    <message>
        <source>No relevant papers on %1; the export lists none.</source>
        <translation>Keine relevanten Artikel am %1; der Export enthält keine.</translation>
    </message>
    <message>
        <source>No papers on %1; the export lists none.</source>
        <translation>Keine Artikel am %1; der Export enthält keine.</translation>
    </message>
    <message>
        <source>systemctl did not answer within 30 s</source>
        <translation>systemctl hat nicht innerhalb von 30 s geantwortet</translation>
    </message>
    <message>
        <source>%1 (%2 in New York)</source>
        <translation>%1 (%2 in New York)</translation>
    </message>
    <message>
        <source>Usage: paperdesk schedule install [--time HH:MM] [--batch] | schedule remove | schedule status</source>
        <translation>Aufruf: paperdesk schedule install [--time HH:MM] [--batch] | schedule remove | schedule status</translation>
    </message>
    <message>
        <source>--time wants a local time as HH:MM, such as 07:30; got &quot;%1&quot;.</source>
        <translation>--time erwartet eine Ortszeit als HH:MM, etwa 07:30; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the systemd units in %1: %2</source>
        <translation>Die systemd-Units in %1 konnten nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>%1 und %2 geschrieben.</translation>
    </message>
    <message>
        <source>Runs after each announcement at %1; the next for %2 at %3.</source>
        <translation>Läuft nach jeder Ankündigung zu %1; der nächste Lauf für %2 am %3.</translation>
    </message>
    <message>
        <source>The units are written, but systemd did not start the timer (%1). Start it from your login session with: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %2</source>
        <translation>Die Units sind geschrieben, aber systemd hat den Timer nicht gestartet (%1). Starten Sie ihn in Ihrer Anmeldesitzung mit: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The timer is enabled; `paperdesk schedule status` shows it, `paperdesk schedule remove` takes it away.</source>
        <translation>Der Timer ist aktiviert; `paperdesk schedule status` zeigt ihn, `paperdesk schedule remove` entfernt ihn.</translation>
    </message>
    <message>
        <source>No Paperdesk timer is installed in %1.</source>
        <translation>In %1 ist kein Paperdesk-Timer installiert.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removed the Paperdesk timer and service.</source>
        <translation>Paperdesk-Timer und -Dienst entfernt.</translation>
    </message>
    <message>
        <source>paperdesk: systemd was not told (%1); if the timer was running, run: systemctl --user daemon-reload</source>
        <translation>paperdesk: systemd wurde nicht benachrichtigt (%1); lief der Timer, führen Sie aus: systemctl --user daemon-reload</translation>
    </message>
    <message>
        <source>Not installed. `paperdesk schedule install` runs Paperdesk after each announcement (default 21:00 in New York, %1 here).</source>
        <translation>Nicht installiert. `paperdesk schedule install` startet Paperdesk nach jeder Ankündigung (standardmäßig 21:00 in New York, hier %1).</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installiert: %1</translation>
    </message>
    <message>
        <source>Runs at: %1</source>
        <translation>Läuft zu: %1</translation>
    </message>
    <message>
        <source>Next run: %1, for the announcement of %2</source>
        <translation>Nächster Lauf: %1, für die Ankündigung vom %2</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Timer: %1</translation>
    </message>
    <message>
        <source>Usage: paperdesk %1 [--date YYYY-MM-DD | --from YYYY-MM-DD [--to YYYY-MM-DD]]%2%3 [--no-wait]</source>
        <translation>Aufruf: paperdesk %1 [--date YYYY-MM-DD | --from YYYY-MM-DD [--to YYYY-MM-DD]]%2%3 [--no-wait]</translation>
    </message>
    <message>
        <source>--from wants YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from erwartet YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>--to wants YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to erwartet YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 liegt vor --from %2.</translation>
    </message>
    <message>
        <source>%1 to %2 is %3 days; a range covers at most %4. Split it into several runs.</source>
        <translation>%1 bis %2 sind %3 Tage; ein Zeitraum umfasst höchstens %4. Teilen Sie ihn auf mehrere Läufe auf.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>systemctl said nothing</source>
        <translation>systemctl hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>Usage: paperdesk [COMMAND] [OPTIONS]

Without a command, Paperdesk starts its window.

Commands:
  fetch  [--date D | --from D [--to D]] [--refresh]
                                    fetch one announcement day (default: the latest), or
                                    each one from --from to --to (default: the latest; at
                                    most 366 days), one arXiv request every 3 s; stored days
                                    are not fetched again unless --refresh, so the same
                                    command after an interruption goes on where it stopped
  score  [--date D | --from D [--to D]] [--heuristic]
                                    score what is not yet scored under the current profile;
                                    --heuristic scores offline by keywords (no LLM, no key)
  run    [--date D | --from D [--to D]] [--refresh] [--heuristic]
                                    fetch + score, day by day for a range
         fetch, score and run wait while another Paperdesk fetches or scores in the same
         data folder; --no-wait ends at once with status 1 instead
         score and run --batch send the day through the provider&apos;s Batch API at half price
         (OpenAI, Anthropic; usually minutes, at most 24 h) and wait for it; with --no-wait
         they return once it is submitted, and the next score (or the window) collects it
  export [--date D | --month YYYY-MM] [--format markdown|html|json] [--output FILE] [--prompt]
                                    a day&apos;s digest (default: the latest fetched day) or a
                                    month&apos;s overview; --prompt appends the scoring prompt
  export --format bibtex|ris|csljson [--starred | [--date D] [--relevant]] [--output FILE]
                                    references: every starred paper, or a day&apos;s papers
                                    (--relevant: only the relevant ones)
  days   [--month YYYY-MM] [--json] known days with state and counts
  profile export FILE | profile import FILE
  feedback import FILE | feedback export FILE
                                    likes and dislikes as JSON lines:
                                    {&quot;arxivId&quot;: &quot;2506.01234&quot;, &quot;label&quot;: &quot;like&quot;}
  library import FILE               BibTeX, RIS, CSL JSON or zotero.sqlite: liked examples
                                    for the For you ranker
  eval --from D --to D              For you and the LLM score against your reactions,
                                    each day trained on the days before it
  store copy --from DB --to DB      copy a database, e.g. sqlite:~/paperdesk.sqlite to
                                    postgresql://user@host/db or back; in batches, resumed
                                    by running it again, row counts verified at the end
  store profile publish|show        the group&apos;s profile in a shared database (--database)
  schedule install [--time HH:MM] [--batch] | schedule remove | schedule status
                                    run every announcement day from a systemd user timer
                                    (default 21:00 America/New_York; --time is local time)

Common options:
  --data-dir DIR    database and settings (default: the platform&apos;s app data folder)
  --profile FILE    use this profile JSON for this invocation only
  --database URL    a shared PostgreSQL database, postgresql://user@host[:port]/db
                    (default: PAPERDESK_DATABASE, Settings → Storage, else the data
                    folder&apos;s SQLite file); the password comes from ~/.pgpass

Environment:
  PAPERDESK_API_KEY  the LLM API key (overrides the keychain); score and run exit 2
                     without a key for a remote provider
  PAPERDESK_DATABASE the database, as --database

Exit status: 0 done, 1 local failure, 2 bad usage or bad input, 3 remote failure,
4 finished with some papers failed.
</source>
        <translation>Aufruf: paperdesk [BEFEHL] [OPTIONEN]

Ohne Befehl öffnet Paperdesk sein Fenster.

Befehle:
  fetch  [--date D | --from D [--to D]] [--refresh]
                                    einen Ankündigungstag abrufen (Standard: den neuesten)
                                    oder jeden von --from bis --to (--to standardmäßig der
                                    neueste; höchstens 366 Tage), eine arXiv-Anfrage alle 3 s;
                                    gespeicherte Tage werden nur mit --refresh erneut
                                    abgerufen, daher macht derselbe Befehl nach einer
                                    Unterbrechung dort weiter, wo er aufgehört hat
  score  [--date D | --from D [--to D]] [--heuristic]
                                    bewerten, was unter dem aktuellen Profil noch nicht bewertet ist;
                                    --heuristic bewertet offline nach Stichwörtern (kein LLM, kein Schlüssel)
  run    [--date D | --from D [--to D]] [--refresh] [--heuristic]
                                    fetch + score, bei einem Zeitraum Tag für Tag
         fetch, score und run warten, solange ein anderes Paperdesk im selben Datenordner
         abruft oder bewertet; --no-wait endet stattdessen sofort mit Status 1
         score und run --batch senden den Tag zum halben Preis über die Batch-API des Anbieters
         (OpenAI, Anthropic; meist einige Minuten, höchstens 24 h) und warten darauf; mit --no-wait
         kehren sie nach dem Absenden zurück, und das nächste score (oder das Fenster) holt ihn ab
  export [--date D | --month YYYY-MM] [--format markdown|html|json] [--output FILE] [--prompt]
                                    die Übersicht eines Tages (Standard: der neueste abgerufene Tag)
                                    oder eines Monats; --prompt hängt den Bewertungs-Prompt an
  export --format bibtex|ris|csljson [--starred | [--date D] [--relevant]] [--output FILE]
                                    Literaturangaben: alle gemerkten Artikel oder die Artikel
                                    eines Tages (--relevant: nur die relevanten)
  days   [--month YYYY-MM] [--json] bekannte Tage mit Zustand und Anzahlen
  profile export FILE | profile import FILE
  feedback import FILE | feedback export FILE
                                    „Gefällt mir“ und „Gefällt mir nicht“ als JSON-Zeilen:
                                    {&quot;arxivId&quot;: &quot;2506.01234&quot;, &quot;label&quot;: &quot;like&quot;}
  library import FILE               BibTeX, RIS, CSL JSON oder zotero.sqlite: Beispiele, die Ihnen
                                    gefallen, für das Ranking von „Für dich“
  eval --from D --to D              „Für dich“ und die LLM-Bewertung gemessen an Ihren Reaktionen,
                                    jeder Tag trainiert mit den Tagen davor
  store copy --from DB --to DB      eine Datenbank kopieren, z. B. sqlite:~/paperdesk.sqlite nach
                                    postgresql://user@host/db oder zurück; in Stapeln, wird durch
                                    erneutes Ausführen fortgesetzt, Zeilenzahlen am Ende geprüft
  store profile publish|show        das Profil der Gruppe in einer gemeinsamen Datenbank (--database)
  schedule install [--time HH:MM] [--batch] | schedule remove | schedule status
                                    run an jedem Ankündigungstag über einen systemd-Benutzer-Timer
                                    ausführen (Standard 21:00 America/New_York; --time ist Ortszeit)

Allgemeine Optionen:
  --data-dir DIR    Datenbank und Einstellungen (Standard: der Anwendungsdatenordner der Plattform)
  --profile FILE    dieses Profil-JSON nur für diesen Aufruf verwenden
  --database URL    eine gemeinsame PostgreSQL-Datenbank, postgresql://user@host[:port]/db
                    (Standard: PAPERDESK_DATABASE, Einstellungen → Speicherort, sonst die
                    SQLite-Datei des Datenordners); das Passwort kommt aus ~/.pgpass

Umgebung:
  PAPERDESK_API_KEY  der API-Schlüssel des LLM (hat Vorrang vor dem Schlüsselbund); score und run
                     enden ohne Schlüssel für einen entfernten Anbieter mit Status 2
  PAPERDESK_DATABASE die Datenbank, wie --database

Exit-Status: 0 erledigt, 1 lokaler Fehler, 2 falscher Aufruf oder falsche Eingabe, 3 entfernter Fehler,
4 fertig, aber einige Artikel sind fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>--data-dir, --database and --profile need a value.</source>
        <translation>--data-dir, --database und --profile brauchen einen Wert.</translation>
    </message>
    <message>
        <source>Usage: paperdesk store copy --from DB --to DB | store profile publish|show</source>
        <translation>Aufruf: paperdesk store copy --from DB --to DB | store profile publish|show</translation>
    </message>
    <message>
        <source>Usage: paperdesk store copy --from sqlite:PATH|postgresql://… --to sqlite:PATH|postgresql://…</source>
        <translation>Aufruf: paperdesk store copy --from sqlite:PATH|postgresql://… --to sqlite:PATH|postgresql://…</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from und --to nennen dieselbe Datenbank.</translation>
    </message>
    <message>
        <source>Copying %1 to %2</source>
        <translation>%1 wird nach %2 kopiert</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 rows</source>
        <translation>  %1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>Run the same command again to go on from here.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um von hier aus weiterzumachen.</translation>
    </message>
    <message>
        <source>%1 has %2 rows in the target but %3 in the source.</source>
        <translation>%1 hat im Ziel %2 Zeilen, in der Quelle aber %3.</translation>
    </message>
    <message>
        <source>The copy is incomplete; run the same command again.</source>
        <translation>Die Kopie ist unvollständig; führen Sie denselben Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Verified: every table of the source has all its %1 rows in %2 (%3 s).</source>
        <translation>Geprüft: Jede Tabelle der Quelle hat alle ihre %1 Zeilen in %2 (%3 s).</translation>
    </message>
    <message>
        <source>Usage: paperdesk store profile publish|show [--database URL] [--profile FILE]</source>
        <translation>Aufruf: paperdesk store profile publish|show [--database URL] [--profile FILE]</translation>
    </message>
    <message>
        <source>The group profile lives in a shared database; name it with --database postgresql://… (or PAPERDESK_DATABASE).</source>
        <translation>Das Gruppenprofil liegt in einer gemeinsamen Datenbank; geben Sie sie mit --database postgresql://… an (oder PAPERDESK_DATABASE).</translation>
    </message>
    <message>
        <source>No group profile was published in %1 yet.</source>
        <translation>In %1 wurde noch kein Gruppenprofil veröffentlicht.</translation>
    </message>
    <message>
        <source>Cannot store the group profile in %1.</source>
        <translation>Das Gruppenprofil kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Published this profile as the group&apos;s in %1; readers without a profile of their own now read with it.</source>
        <translation>Dieses Profil ist jetzt das der Gruppe in %1; wer kein eigenes Profil hat, liest nun damit.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot create the data folder %1: %2.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>kein Platz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>a file is in the way where a folder should be</source>
        <translation>wo ein Ordner sein sollte, liegt eine Datei</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Paperdesk database (or it is damaged).</source>
        <translation>%1 ist keine Paperdesk-Datenbank (oder sie ist beschädigt).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Paperdesk (schema %2; this version understands up to %3). It was not changed; please update Paperdesk.</source>
        <translation>Die Datenbank %1 wurde von einem neueren Paperdesk geschrieben (Schema %2; diese Version versteht bis %3). Sie wurde nicht verändert; bitte aktualisieren Sie Paperdesk.</translation>
    </message>
    <message>
        <source>The migration %1 is missing from this build.</source>
        <translation>Die Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2. The database was left at schema %3.</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2. Die Datenbank blieb auf Schema %3.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: %2.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2.</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>There is no Paperdesk database at %1 yet.</source>
        <translation>Unter %1 gibt es noch keine Paperdesk-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded to schema %2 before this version can read it, but it cannot be written: %3.</source>
        <translation>Die Datenbank %1 muss auf Schema %2 aktualisiert werden, bevor diese Version sie lesen kann, aber sie kann nicht geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2.</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>ein anderes Programm hält sie gesperrt</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>sie ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Cannot use the database %1: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu: sudo apt install libqt6sql6-psql).</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian und Ubuntu: sudo apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2.</source>
        <translation>Keine Verbindung zur Datenbank %1: %2.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2.</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2.</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded to schema %2 before this version can read it.</source>
        <translation>Die Datenbank %1 muss auf Schema %2 aktualisiert werden, bevor diese Version sie lesen kann.</translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema %2 failed: %3.</source>
        <translation>Die Aktualisierung der Datenbank %1 auf Schema %2 ist fehlgeschlagen: %3.</translation>
    </message>
</context>
<context>
    <name>DayMark</name>
    <message>
        <source>No announcement on weekends.</source>
        <translation>Keine Ankündigung an Wochenenden.</translation>
    </message>
    <message>
        <source>arXiv holiday: no announcement.</source>
        <translation>arXiv-Feiertag: keine Ankündigung.</translation>
    </message>
    <message>
        <source>arXiv made no announcement.</source>
        <translation>arXiv hat keine Ankündigung veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 relevant of %2 scanned (%3 listed)</source>
        <translation>%1 relevant von %2 geprüft (%3 gelistet)</translation>
    </message>
    <message>
        <source>Hotspot papers: %1</source>
        <translation>Hotspot-Artikel: %1</translation>
    </message>
    <message>
        <source>Not scored yet: %1</source>
        <translation>Noch nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Could not be scored: %1</source>
        <translation>Konnten nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>%1 scanned of %2 listed; not scored yet.</source>
        <translation>%1 von %2 gelisteten geprüft; noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Fetching failed.</source>
        <translation>Abrufen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Fetching failed: %1</source>
        <translation>Abrufen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No paper could be scored (%1 failed); try scoring the day again.</source>
        <translation>Kein Artikel konnte bewertet werden (%1 fehlgeschlagen); bewerten Sie den Tag erneut.</translation>
    </message>
    <message>
        <source>Rebuilt from the arXiv API (the feed was no longer available).</source>
        <translation>Aus der arXiv-API wiederhergestellt (der Feed war nicht mehr verfügbar).</translation>
    </message>
    <message>
        <source>%1 tokens (%2 reasoning)</source>
        <translation>%1 Tokens (%2 Reasoning)</translation>
    </message>
    <message>
        <source>Scored under earlier settings: %1</source>
        <translation>Unter früheren Einstellungen bewertet: %1</translation>
    </message>
    <message>
        <source>The last run was stopped before it finished.</source>
        <translation>Der letzte Lauf wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>Waiting for a batch at the provider.</source>
        <translation>Wartet auf einen Batch beim Anbieter.</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>How a screen reader says a date (QDate format: dddd weekday, d day, MMMM month, yyyy year).</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>keine Ankündigung</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n relevant</source>
        <translation>
            <numerusform>%n relevant</numerusform>
            <numerusform>%n relevant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts a screen reader says for a day.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DigestBuilder</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>No date given.</source>
        <translation>Kein Datum angegeben.</translation>
    </message>
    <message>
        <source>%1 is not in the database; fetch it first.</source>
        <translation>%1 ist nicht in der Datenbank; rufen Sie den Tag zuerst ab.</translation>
    </message>
    <message>
        <source>%1 has no digest: the day is %2%3.</source>
        <translation>%1 hat keine Übersicht: der Tag ist %2%3.</translation>
    </message>
    <message>
        <source>No month given.</source>
        <translation>Kein Monat angegeben.</translation>
    </message>
    <message>
        <source>No fetched day in %1; fetch a day of that month first.</source>
        <translation>Kein abgerufener Tag in %1; rufen Sie zuerst einen Tag dieses Monats ab.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>ForYou</name>
    <message numerus="yes">
        <source>For you learned from %n liked paper(s)</source>
        <translation>
            <numerusform>„Für dich“ hat aus %n Artikel mit „Gefällt mir“</numerusform>
            <numerusform>„Für dich“ hat aus %n Artikeln mit „Gefällt mir“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n library reference(s)</source>
        <translation>
            <numerusform>, %n Bibliothekseintrag</numerusform>
            <numerusform>, %n Bibliothekseinträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n disliked</source>
        <translation>
            <numerusform>, %n mit „Gefällt mir nicht“</numerusform>
            <numerusform>, %n mit „Gefällt mir nicht“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n seen paper(s) in %1 s.</source>
        <translation>
            <numerusform> und %n gesehenen Artikel in %1 s gelernt.</numerusform>
            <numerusform> und %n gesehenen Artikeln in %1 s gelernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your topics already cover what you liked (%n paper(s) outside them; a suggestion needs %1). Like or star more papers, or import your library.</source>
        <translation>
            <numerusform>Ihre Themen decken bereits ab, was Ihnen gefallen hat (%n Artikel außerhalb; ein Vorschlag braucht %1). Markieren Sie weitere Artikel mit „Gefällt mir“ oder merken Sie sie, oder importieren Sie Ihre Bibliothek.</numerusform>
            <numerusform>Ihre Themen decken bereits ab, was Ihnen gefallen hat (%n Artikel außerhalb; ein Vorschlag braucht %1). Markieren Sie weitere Artikel mit „Gefällt mir“ oder merken Sie sie, oder importieren Sie Ihre Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>The liked papers outside your topics share no terms to suggest a topic from.</source>
        <translation>Die gefallenen Artikel außerhalb Ihrer Themen haben keine gemeinsamen Begriffe, aus denen sich ein Thema vorschlagen ließe.</translation>
    </message>
    <message numerus="yes">
        <source>Papers on %1 (suggested from %n liked paper(s) your topics do not cover)</source>
        <translation>
            <numerusform>Artikel über %1 (vorgeschlagen aus %n gefallenen Artikel, den Ihre Themen nicht abdecken)</numerusform>
            <numerusform>Artikel über %1 (vorgeschlagen aus %n gefallenen Artikeln, die Ihre Themen nicht abdecken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers about %1.</source>
        <translation>Artikel über %1.</translation>
    </message>
</context>
<context>
    <name>HeuristicScorer</name>
    <message>
        <source>Keyword-overlap estimate (offline, not an LLM judgement): no topic words found.</source>
        <translation>Schätzung per Schlagwortüberschneidung (offline, kein LLM-Urteil): keine Themenwörter gefunden.</translation>
    </message>
    <message>
        <source>No topic shares keywords with this paper.</source>
        <translation>Kein Thema teilt Schlagwörter mit diesem Artikel.</translation>
    </message>
    <message>
        <source>Keyword-overlap estimate (offline, not an LLM judgement). Matched words: %1.</source>
        <translation>Schätzung per Schlagwortüberschneidung (offline, kein LLM-Urteil). Gefundene Wörter: %1.</translation>
    </message>
    <message>
        <source>Most keyword overlap with &quot;%1&quot;: %2.</source>
        <translation>Größte Schlagwortüberschneidung mit „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Its braces or quotes are not balanced.</source>
        <translation>Die geschweiften Klammern oder Anführungszeichen sind nicht ausgeglichen.</translation>
    </message>
    <message>
        <source>entry %1 at line %2</source>
        <translation>Eintrag %1 in Zeile %2</translation>
    </message>
    <message>
        <source>entry %1 (%2) at line %3</source>
        <translation>Eintrag %1 (%2) in Zeile %3</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>A field is not written as name = value.</source>
        <translation>Ein Feld ist nicht in der Form name = value geschrieben.</translation>
    </message>
    <message>
        <source>A field has no value.</source>
        <translation>Ein Feld hat keinen Wert.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is JSON but not a list of CSL items</source>
        <translation>sie ist JSON, aber keine Liste von CSL-Einträgen</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>It is not a CSL item (a JSON object).</source>
        <translation>Er ist kein CSL-Eintrag (ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open the library file %1: %2.</source>
        <translation>Die Bibliotheksdatei %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 as %2: %3.</source>
        <translation>%1 kann nicht als %2 gelesen werden: %3.</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>sie ist keine Textdatei</translation>
    </message>
    <message>
        <source>it holds no entries</source>
        <translation>sie enthält keine Einträge</translation>
    </message>
    <message>
        <source>The library file %1 does not exist.</source>
        <translation>Die Bibliotheksdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 ist ein Ordner, keine Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>%1 is not a library file that Paperdesk can read; export the library as BibTeX, RIS or CSL JSON, or choose Zotero&apos;s zotero.sqlite.</source>
        <translation>%1 ist keine Bibliotheksdatei, die Paperdesk lesen kann; exportieren Sie die Bibliothek als BibTeX, RIS oder CSL JSON, oder wählen Sie die zotero.sqlite von Zotero.</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
    <message>
        <source>CSL JSON</source>
        <translation>CSL JSON</translation>
    </message>
    <message>
        <source>Zotero database</source>
        <translation>Zotero-Datenbank</translation>
    </message>
    <message>
        <source>It has no title.</source>
        <translation>Der Titel fehlt.</translation>
    </message>
    <message>
        <source>record %1 at line %2</source>
        <translation>Datensatz %1 in Zeile %2</translation>
    </message>
    <message>
        <source>record %1 (%2)</source>
        <translation>Datensatz %1 (%2)</translation>
    </message>
    <message>
        <source>The record does not end with an ER line.</source>
        <translation>Der Datensatz endet nicht mit einer ER-Zeile.</translation>
    </message>
    <message>
        <source>Cannot read the Zotero database %1; it may be damaged (%2).</source>
        <translation>Die Zotero-Datenbank %1 kann nicht gelesen werden; sie ist möglicherweise beschädigt (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Zotero database: it has no %2 table.</source>
        <translation>%1 ist keine Zotero-Datenbank: Die Tabelle %2 fehlt.</translation>
    </message>
    <message>
        <source>Cannot copy the Zotero database %1 to read it: %2.</source>
        <translation>Die Zotero-Datenbank %1 kann zum Lesen nicht kopiert werden: %2.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>The connection string is not of the form postgresql://user@host:port/database.</source>
        <translation>Die Verbindungsangabe hat nicht die Form postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The connection string holds a password. Leave it out and keep the password in the keychain (Settings → Storage) or in ~/.pgpass.</source>
        <translation>Die Verbindungsangabe enthält ein Passwort. Lassen Sie es weg und bewahren Sie das Passwort im Schlüsselbund (Einstellungen → Speicherort) oder in ~/.pgpass auf.</translation>
    </message>
    <message>
        <source>The connection string names no database (postgresql://user@host/database).</source>
        <translation>Die Verbindungsangabe nennt keine Datenbank (postgresql://user@host/database).</translation>
    </message>
    <message>
        <source>The connection string has an option Paperdesk does not know: %1.</source>
        <translation>Die Verbindungsangabe hat eine Option, die Paperdesk nicht kennt: %1.</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <source>Topic Coverage</source>
        <translation>Themenabdeckung</translation>
    </message>
    <message>
        <source>Table of Contents by Topic</source>
        <translation>Inhaltsverzeichnis nach Thema</translation>
    </message>
    <message>
        <source>Previous Day %1</source>
        <translation>Vorheriger Tag %1</translation>
    </message>
    <message>
        <source>Monthly Overview %1</source>
        <translation>Monatsübersicht %1</translation>
    </message>
    <message>
        <source>Next Day %1</source>
        <translation>Nächster Tag %1</translation>
    </message>
    <message>
        <source>**Note:** there are no LLM scores under the current profile for this day, so these are the offline heuristic&apos;s scores (keyword overlap, not an LLM).</source>
        <translation>**Hinweis:** für diesen Tag gibt es unter dem aktuellen Profil keine LLM-Bewertungen, daher sind dies die Bewertungen der Offline-Heuristik (Schlagwortüberschneidung, kein LLM).</translation>
    </message>
    <message>
        <source>**Note:** scored by the offline heuristic (keyword overlap, not an LLM).</source>
        <translation>**Hinweis:** von der Offline-Heuristik bewertet (Schlagwortüberschneidung, kein LLM).</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Total arXiv</source>
        <translation>arXiv gesamt</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>%1 listed, %2 scanned (%3 filtered out before scoring), %4 relevant (relevance ≥ %5 and novelty ≥ %6), %7 failed, %8 not scored yet.</source>
        <translation>%1 gelistet, %2 geprüft (%3 vor der Bewertung ausgefiltert), %4 relevant (Relevanz ≥ %5 und Neuheit ≥ %6), %7 fehlgeschlagen, %8 noch nicht bewertet.</translation>
    </message>
    <message>
        <source>No relevant papers on this day.</source>
        <translation>Keine relevanten Artikel an diesem Tag.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Autoren:</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Nichts aufzulisten.</translation>
    </message>
    <message>
        <source>ArXiv ID</source>
        <translation>arXiv-ID</translation>
    </message>
    <message>
        <source>Primary Topic</source>
        <translation>Hauptthema</translation>
    </message>
    <message>
        <source>Also Matches</source>
        <translation>Passt auch zu</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Topic Match</source>
        <translation>Themenbezug</translation>
    </message>
    <message>
        <source>Hotspot Tags</source>
        <translation>Hotspot-Schlagwörter</translation>
    </message>
    <message>
        <source>Hotspot Comment</source>
        <translation>Hotspot-Kommentar</translation>
    </message>
    <message>
        <source>Hotspot Papers</source>
        <translation>Hotspot-Artikel</translation>
    </message>
    <message>
        <source>Failed Papers (%1)</source>
        <translation>Fehlgeschlagene Artikel (%1)</translation>
    </message>
    <message>
        <source>These papers could not be scored; a later run retries them.</source>
        <translation>Diese Artikel konnten nicht bewertet werden; ein späterer Lauf versucht es erneut.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund festgehalten</translation>
    </message>
    <message>
        <source>Paper Selection Prompt</source>
        <translation>Prompt zur Artikelauswahl</translation>
    </message>
    <message>
        <source>The offline heuristic uses no prompt.</source>
        <translation>Die Offline-Heuristik verwendet keinen Prompt.</translation>
    </message>
    <message>
        <source>The prompt these scores were made with is not stored.</source>
        <translation>Der Prompt, mit dem diese Bewertungen entstanden sind, ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>User Prompt</source>
        <translation>Benutzer-Prompt</translation>
    </message>
    <message>
        <source>The papers of each request follow this text.</source>
        <translation>Die Artikel jeder Anfrage folgen auf diesen Text.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Month Totals</source>
        <translation>Monatssummen</translation>
    </message>
    <message>
        <source>Top Papers by Topic</source>
        <translation>Top-Artikel nach Thema</translation>
    </message>
    <message>
        <source>Previous Month %1</source>
        <translation>Vorheriger Monat %1</translation>
    </message>
    <message>
        <source>Next Month %1</source>
        <translation>Nächster Monat %1</translation>
    </message>
    <message>
        <source>No relevant papers this month.</source>
        <translation>Keine relevanten Artikel in diesem Monat.</translation>
    </message>
    <message>
        <source>(heuristic)</source>
        <translation>(Heuristik)</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>keine Ankündigung</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Each fetched day: scanned / relevant papers; &quot;heuristic&quot; marks days scored offline without an LLM.</source>
        <translation>Jeder abgerufene Tag: geprüfte / relevante Artikel; „Heuristik“ markiert Tage, die offline ohne LLM bewertet wurden.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Token</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Antwort-Token</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Token gesamt</translation>
    </message>
    <message>
        <source>Relevance %1 · Novelty %2</source>
        <translation>Relevanz %1 · Neuheit %2</translation>
    </message>
    <message>
        <source>…and %1 more in the day digests.</source>
        <translation>…und %1 weitere in den Tagesübersichten.</translation>
    </message>
    <message>
        <source>Personalized Daily ArXiv Papers %1</source>
        <translation>Persönliche tägliche arXiv-Artikel %1</translation>
    </message>
    <message>
        <source>Scored under earlier settings (%1, %2).</source>
        <translation>Unter früheren Einstellungen bewertet (%1, %2).</translation>
    </message>
    <message>
        <source>offline heuristic</source>
        <translation>Offline-Heuristik</translation>
    </message>
    <message>
        <source>%1 (%2 reasoning)</source>
        <translation>%1 (davon %2 fürs Nachdenken)</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) show scores made under earlier settings until the day is scored again.</source>
        <translation>
            <numerusform>%n Artikel zeigt Bewertungen früherer Einstellungen, bis der Tag neu bewertet ist.</numerusform>
            <numerusform>%n Artikel zeigen Bewertungen früherer Einstellungen, bis der Tag neu bewertet ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>kein JSON-Objekt (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>its format is newer than this Paperdesk understands</source>
        <translation>ihr Format ist neuer, als dieses Paperdesk versteht</translation>
    </message>
    <message>
        <source>a preset has no &quot;id&quot;</source>
        <translation>eine Vorgabe hat keine „id“</translation>
    </message>
    <message>
        <source>the family &quot;%1&quot; has no id or an invalid &quot;match&quot; pattern</source>
        <translation>die Familie „%1“ hat keine id oder ein ungültiges „match“-Muster</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); using the built-in model list.</source>
        <translation>%1 kann nicht gelesen werden (%2); die eingebaute Modellliste wird verwendet.</translation>
    </message>
    <message>
        <source>%1 is not a model list: %2; using the built-in one.</source>
        <translation>%1 ist keine Modellliste: %2; die eingebaute wird verwendet.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation>kein Preis für %1</translation>
    </message>
</context>
<context>
    <name>PaperStateText</name>
    <message>
        <source>Scored under earlier settings.</source>
        <translation>Unter früheren Einstellungen bewertet.</translation>
    </message>
    <message>
        <source>Scored under earlier settings (%1).</source>
        <translation>Unter früheren Einstellungen bewertet (%1).</translation>
    </message>
    <message>
        <source>Scoring under the current settings failed: %1</source>
        <translation>Die Bewertung unter den aktuellen Einstellungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Re-score the day to replace them.</source>
        <translation>Bewerten Sie den Tag neu, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>Prefilter</name>
    <message>
        <source>Announce type &quot;%1&quot; is not among the types your profile keeps.</source>
        <translation>Der Ankündigungstyp „%1“ gehört nicht zu den Typen, die Ihr Profil behält.</translation>
    </message>
    <message>
        <source>Excluded by the keyword rule &quot;%1&quot;.</source>
        <translation>Durch die Schlagwortregel „%1“ ausgeschlossen.</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Feld „%1“: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an http(s) URL, not &quot;%1&quot;</source>
        <translation>muss eine http(s)-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>Das Profil muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Field &quot;formatVersion&quot;: %1 is newer than this Paperdesk understands (%2).</source>
        <translation>Feld „formatVersion“: %1 ist neuer, als dieses Paperdesk versteht (%2).</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: must be an object</source>
        <translation>Feld „%1“: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be one of openai, anthropic, heuristic, not &quot;%1&quot;</source>
        <translation>muss openai, anthropic oder heuristic sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Field &quot;sources.categories&quot;: list at least one arXiv category, such as cs.LG.</source>
        <translation>Feld „sources.categories“: geben Sie mindestens eine arXiv-Kategorie an, etwa cs.LG.</translation>
    </message>
    <message>
        <source>Field &quot;sources.categories[%1]&quot;: &quot;%2&quot; is not an arXiv category name.</source>
        <translation>Feld „sources.categories[%1]“: „%2“ ist kein arXiv-Kategoriename.</translation>
    </message>
    <message>
        <source>Field &quot;sources.announceTypes&quot;: keep at least one announce type.</source>
        <translation>Feld „sources.announceTypes“: behalten Sie mindestens einen Ankündigungstyp.</translation>
    </message>
    <message>
        <source>Field &quot;sources.announceTypes[%1]&quot;: &quot;%2&quot; is not one of new, cross, replace, replace-cross.</source>
        <translation>Feld „sources.announceTypes[%1]“: „%2“ ist nicht new, cross, replace oder replace-cross.</translation>
    </message>
    <message>
        <source>Field &quot;topics&quot;: define at least one topic.</source>
        <translation>Feld „topics“: legen Sie mindestens ein Thema an.</translation>
    </message>
    <message>
        <source>Field &quot;topics[%1].id&quot;: &quot;%2&quot; must use only a-z, 0-9 and _.</source>
        <translation>Feld „topics[%1].id“: „%2“ darf nur a-z, 0-9 und _ verwenden.</translation>
    </message>
    <message>
        <source>Field &quot;topics[%1].id&quot;: &quot;%2&quot; is used by another topic.</source>
        <translation>Feld „topics[%1].id“: „%2“ wird von einem anderen Thema verwendet.</translation>
    </message>
    <message>
        <source>Field &quot;topics[%1].label&quot;: a topic needs a label.</source>
        <translation>Feld „topics[%1].label“: ein Thema braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Field &quot;topics[%1].keep&quot;: say what to keep for this topic.</source>
        <translation>Feld „topics[%1].keep“: geben Sie an, was für dieses Thema behalten werden soll.</translation>
    </message>
    <message>
        <source>Field &quot;model.model&quot;: name the model to use.</source>
        <translation>Feld „model.model“: geben Sie das zu verwendende Modell an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Field &quot;model.reasoningEffort&quot;: &quot;%1&quot; is not one of none, minimal, low, medium, high, xhigh.</source>
        <translation>Feld „model.reasoningEffort“: „%1“ ist keiner der Werte none, minimal, low, medium, high, xhigh.</translation>
    </message>
    <message>
        <source>must be relevant or every, not &quot;%1&quot;</source>
        <translation>muss relevant oder every sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be immediate or batch, not &quot;%1&quot;</source>
        <translation>muss immediate oder batch sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The stored profile is damaged (%1). Fix the file or import a good profile; it was not changed.</source>
        <translation>Das gespeicherte Profil ist beschädigt (%1). Korrigieren Sie die Datei oder importieren Sie ein gültiges Profil; es wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>The provider&apos;s reply is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Anbieters ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The provider&apos;s reply is not a JSON object.</source>
        <translation>Die Antwort des Anbieters ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The provider returned an error instead of an answer.</source>
        <translation>Der Anbieter hat statt einer Antwort einen Fehler zurückgegeben.</translation>
    </message>
    <message>
        <source>The provider returned an error instead of an answer: %1.</source>
        <translation>Der Anbieter hat statt einer Antwort einen Fehler zurückgegeben: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s reply has no &quot;choices&quot; with an answer.</source>
        <translation>Die Antwort des Anbieters hat keine „choices“ mit einer Antwort.</translation>
    </message>
    <message>
        <source>The model refused to answer: %1.</source>
        <translation>Das Modell hat die Antwort verweigert: %1.</translation>
    </message>
    <message>
        <source>The model used its whole output limit without answering.</source>
        <translation>Das Modell hat sein gesamtes Ausgabelimit verbraucht, ohne zu antworten.</translation>
    </message>
    <message>
        <source>The provider&apos;s reply contains no text.</source>
        <translation>Die Antwort des Anbieters enthält keinen Text.</translation>
    </message>
    <message>
        <source>The provider&apos;s reply has no &quot;content&quot;.</source>
        <translation>Die Antwort des Anbieters hat keinen „content“.</translation>
    </message>
    <message>
        <source>The heuristic provider does not answer over the network.</source>
        <translation>Der Heuristik-Anbieter antwortet nicht über das Netzwerk.</translation>
    </message>
    <message>
        <source>The provider refused the API key (HTTP %1)</source>
        <translation>Der Anbieter hat den API-Schlüssel abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>check your API key in the settings</source>
        <translation>prüfen Sie Ihren API-Schlüssel in den Einstellungen</translation>
    </message>
    <message>
        <source>The provider does not know this endpoint or model (HTTP 404)</source>
        <translation>Der Anbieter kennt diesen Endpunkt oder dieses Modell nicht (HTTP 404)</translation>
    </message>
    <message>
        <source>check the base URL and the model name in the settings</source>
        <translation>prüfen Sie die Basis-URL und den Modellnamen in den Einstellungen</translation>
    </message>
    <message>
        <source>The provider timed out (HTTP %1)</source>
        <translation>Zeitüberschreitung beim Anbieter (HTTP %1)</translation>
    </message>
    <message>
        <source>The request is too large for the provider (HTTP 413)</source>
        <translation>Die Anfrage ist zu groß für den Anbieter (HTTP 413)</translation>
    </message>
    <message>
        <source>lower the batch size in the settings</source>
        <translation>verringern Sie die Stapelgröße in den Einstellungen</translation>
    </message>
    <message>
        <source>The provider is limiting requests or the account is out of credit (HTTP 429)</source>
        <translation>Der Anbieter begrenzt die Anfragen oder das Konto hat kein Guthaben mehr (HTTP 429)</translation>
    </message>
    <message>
        <source>wait a while or lower the concurrency in the settings</source>
        <translation>warten Sie eine Weile oder verringern Sie die Parallelität in den Einstellungen</translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1)</source>
        <translation>Der Anbieter hatte einen Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>The provider rejected the request (HTTP %1)</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The provider answered with the unexpected HTTP status %1</source>
        <translation>Der Anbieter hat mit dem unerwarteten HTTP-Status %1 geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>pick a model this provider serves under Model in Settings → Model (and check the base URL)</source>
        <translation>wählen Sie unter Einstellungen → Modell → Modell ein Modell, das dieser Anbieter bereitstellt (und prüfen Sie die Basis-URL)</translation>
    </message>
    <message>
        <source>change Reasoning effort in Settings → Model</source>
        <translation>ändern Sie den Reasoning-Aufwand unter Einstellungen → Modell</translation>
    </message>
    <message>
        <source>set Temperature to “Model default” in Settings → Model</source>
        <translation>stellen Sie die Temperatur unter Einstellungen → Modell auf „Modellstandard“</translation>
    </message>
    <message>
        <source>lower the batch size in Settings → Model, or correct this model&apos;s reply-limit parameter in models.json in the data folder</source>
        <translation>verringern Sie die Stapelgröße unter Einstellungen → Modell oder korrigieren Sie den Antwortlimit-Parameter dieses Modells in models.json im Datenordner</translation>
    </message>
    <message>
        <source>check the model and its settings in Settings → Model</source>
        <translation>prüfen Sie das Modell und seine Einstellungen unter Einstellungen → Modell</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
</context>
<context>
    <name>Ranker</name>
    <message>
        <source>The ranker could not be trained: %1.</source>
        <translation>Das Ranking-Modell konnte nicht trainiert werden: %1.</translation>
    </message>
    <message>
        <source>there are no examples</source>
        <translation>es gibt keine Beispiele</translation>
    </message>
    <message>
        <source>it needs examples of both kinds</source>
        <translation>es braucht Beispiele beider Arten</translation>
    </message>
    <message>
        <source>“For you” learns from the papers you like and needs at least %1 of them; so far there are %2. Like a few more papers or add them to your library, then train again.</source>
        <translation>„Für dich“ lernt aus den Artikeln, die Ihnen gefallen, und braucht mindestens %1 davon; bisher sind es %2. Markieren Sie einige weitere Artikel mit „Gefällt mir“ oder fügen Sie sie Ihrer Bibliothek hinzu und trainieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>“For you” also needs papers you passed over to learn what you do not read. Dislike a few papers or read a few more days of announcements, then train again.</source>
        <translation>„Für dich“ braucht auch Artikel, die Sie übergangen haben, um zu lernen, was Sie nicht lesen. Markieren Sie einige Artikel mit „Gefällt mir nicht“ oder lesen Sie die Ankündigungen einiger weiterer Tage und trainieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The model&apos;s answer gave no %1.</source>
        <translation>Die Antwort des Modells enthielt kein %1.</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave %1 %2, which is not a whole number from 1 to 10.</source>
        <translation>Die Antwort des Modells gab %1 %2 an, was keine ganze Zahl von 1 bis 10 ist.</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave %1 %2, outside 1–10.</source>
        <translation>Die Antwort des Modells gab %1 %2 an, außerhalb von 1–10.</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave no PRIMARY_TOPIC_ID.</source>
        <translation>Die Antwort des Modells enthielt keine PRIMARY_TOPIC_ID.</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave PRIMARY_TOPIC_ID %1, which is not one of the profile&apos;s topics.</source>
        <translation>Die Antwort des Modells gab PRIMARY_TOPIC_ID %1 an, das keines der Themen des Profils ist.</translation>
    </message>
    <message>
        <source>The model&apos;s answer listed %1 in MATCHED_TOPIC_IDS, which is not one of the profile&apos;s topics.</source>
        <translation>Die Antwort des Modells nannte %1 in MATCHED_TOPIC_IDS, das keines der Themen des Profils ist.</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave the hotspot tag %1, which is not one of: %2.</source>
        <translation>Die Antwort des Modells gab das Hotspot-Schlagwort %1 an, das nicht zu %2 gehört.</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave no topic number (t).</source>
        <translation>Die Antwort des Modells enthielt keine Themennummer (t).</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave the topic number %1, which is not one of 1–%2.</source>
        <translation>Die Antwort des Modells gab die Themennummer %1 an, die nicht im Bereich 1–%2 liegt.</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave no COMMENT.</source>
        <translation>Die Antwort des Modells enthielt keinen COMMENT.</translation>
    </message>
</context>
<context>
    <name>RssParser</name>
    <message>
        <source>arXiv sent an empty response instead of the RSS feed.</source>
        <translation>arXiv hat eine leere Antwort statt des RSS-Feeds gesendet.</translation>
    </message>
    <message>
        <source>The response is not an RSS feed: its root element is &lt;%1&gt;.</source>
        <translation>Die Antwort ist kein RSS-Feed: ihr Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The RSS feed has no &lt;channel&gt; element, so it lists nothing.</source>
        <translation>Der RSS-Feed hat kein &lt;channel&gt;-Element und listet daher nichts auf.</translation>
    </message>
    <message>
        <source>arXiv answered with an error instead of a listing: %1</source>
        <translation>arXiv hat statt einer Liste mit einem Fehler geantwortet: %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n item(s) in the RSS feed has both an arXiv id and a title.</source>
        <translation>
            <numerusform>Der RSS-Feed enthält %n Eintrag, und er hat nicht sowohl eine arXiv-ID als auch einen Titel.</numerusform>
            <numerusform>Keiner der %n Einträge im RSS-Feed hat sowohl eine arXiv-ID als auch einen Titel.</numerusform>
        </translation>
    </message>
    <message>
        <source>arXiv sent a web page instead of the RSS feed.</source>
        <translation>arXiv hat eine Webseite statt des RSS-Feeds gesendet.</translation>
    </message>
    <message>
        <source>arXiv sent a web page (“%1”) instead of the RSS feed.</source>
        <translation>arXiv hat eine Webseite („%1“) statt des RSS-Feeds gesendet.</translation>
    </message>
    <message>
        <source>The response is not an RSS feed: it begins with “%1”.</source>
        <translation>Die Antwort ist kein RSS-Feed: sie beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>The response is not an RSS feed: it holds no XML element.</source>
        <translation>Die Antwort ist kein RSS-Feed: sie enthält kein XML-Element.</translation>
    </message>
    <message>
        <source>The RSS feed stops abruptly at line %1: the download was cut off before the feed was complete.</source>
        <translation>Der RSS-Feed bricht in Zeile %1 ab: der Download wurde unterbrochen, bevor der Feed vollständig war.</translation>
    </message>
    <message>
        <source>The RSS feed is not well-formed XML at line %1, column %2: %3.</source>
        <translation>Der RSS-Feed ist kein wohlgeformtes XML in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>The RSS feed is not valid UTF-8: the byte at offset %1 (line %2) is not part of any character.</source>
        <translation>Der RSS-Feed ist kein gültiges UTF-8: Das Byte bei Offset %1 (Zeile %2) gehört zu keinem Zeichen.</translation>
    </message>
</context>
<context>
    <name>ScoreRepository</name>
    <message>
        <source>Cannot record the usage of run %1.</source>
        <translation>Der Verbrauch des Laufs %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot store the score of %1: %2</source>
        <translation>Die Bewertung von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit a batch of scores.</source>
        <translation>Ein Stapel von Bewertungen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot store the comments on %1: %2</source>
        <translation>Die Kommentare zu %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit a batch of comments.</source>
        <translation>Eine Gruppe von Kommentaren kann nicht festgeschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SharedStore</name>
    <message>
        <source>Shared Database Unavailable</source>
        <translation>Gemeinsame Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <source>You can work with this computer&apos;s own database for now; the next start tries the shared one again. Settings → Storage chooses the database.</source>
        <translation>Sie können vorerst mit der eigenen Datenbank dieses Computers arbeiten; der nächste Start versucht es wieder mit der gemeinsamen. Unter Einstellungen → Speicherort wählen Sie die Datenbank.</translation>
    </message>
    <message>
        <source>Open Local Database Instead</source>
        <translation>Stattdessen lokale Datenbank öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Paperdesk — %1 (shared)</source>
        <translation>Paperdesk — %1 (gemeinsam)</translation>
    </message>
    <message>
        <source>Shared: %1 on %2 · reading as %3</source>
        <translation>Gemeinsam: %1 auf %2 · Sie lesen als %3</translation>
    </message>
    <message>
        <source>Papers, days and scores come from the shared database %1; your reading state, notes and reactions are kept there as %2&apos;s.</source>
        <translation>Artikel, Tage und Bewertungen kommen aus der gemeinsamen Datenbank %1; Ihr Lesestand, Ihre Notizen und Reaktionen werden dort als die von %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>Cannot move the id sequence of %1 in %2: %3.</source>
        <translation>Die ID-Folge von %1 in %2 kann nicht weitergesetzt werden: %3.</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1.</source>
        <translation>Die Zeilen von %1 können nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2: %3.</source>
        <translation>%1 kann nicht aus %2 gelesen werden: %3.</translation>
    </message>
    <message>
        <source>Cannot write %1 to %2: %3.</source>
        <translation>%1 kann nicht nach %2 geschrieben werden: %3.</translation>
    </message>
</context>
<context>
    <name>WorkLock</name>
    <message>
        <source>Another Paperdesk (process %1) is scoring %2</source>
        <translation>Ein anderes Paperdesk (Prozess %1) bewertet %2</translation>
    </message>
    <message>
        <source>Another Paperdesk (process %1) is fetching %2</source>
        <translation>Ein anderes Paperdesk (Prozess %1) ruft %2 ab</translation>
    </message>
    <message>
        <source>Another Paperdesk (process %1) is fetching or scoring</source>
        <translation>Ein anderes Paperdesk (Prozess %1) ruft ab oder bewertet</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied or a read-only file system.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: Zugriff verweigert oder schreibgeschütztes Dateisystem.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot take the work lock in the database %1: %2.</source>
        <translation>Die Arbeitssperre in der Datenbank %1 kann nicht gesetzt werden: %2.</translation>
    </message>
    <message>
        <source>Paperdesk on %1 (process %2) is scoring %3 in the shared database</source>
        <translation>Paperdesk auf %1 (Prozess %2) bewertet %3 in der gemeinsamen Datenbank</translation>
    </message>
    <message>
        <source>Paperdesk on %1 (process %2) is fetching %3 in the shared database</source>
        <translation>Paperdesk auf %1 (Prozess %2) ruft %3 in der gemeinsamen Datenbank ab</translation>
    </message>
    <message>
        <source>Paperdesk on %1 (process %2) is fetching or scoring in the shared database</source>
        <translation>Paperdesk auf %1 (Prozess %2) ruft in der gemeinsamen Datenbank ab oder bewertet</translation>
    </message>
    <message>
        <source>Another Paperdesk is fetching or scoring in the shared database</source>
        <translation>Ein anderes Paperdesk ruft in der gemeinsamen Datenbank ab oder bewertet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paperdesk</source>
        <translation>Paperdesk</translation>
    </message>
    <message>
        <source>A desktop reader for the daily arXiv announcement.</source>
        <translation>Ein Desktop-Leser für die tägliche arXiv-Ankündigung.</translation>
    </message>
    <message>
        <source>Database and settings folder.</source>
        <translation>Ordner für Datenbank und Einstellungen.</translation>
    </message>
    <message>
        <source>Open this day (YYYY-MM-DD).</source>
        <translation>Diesen Tag öffnen (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Paperdesk cannot start</source>
        <translation>Paperdesk kann nicht starten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database (postgresql://user@host/database).</source>
        <translation>Eine gemeinsame PostgreSQL-Datenbank (postgresql://user@host/database).</translation>
    </message>
</context>
<context>
    <name>pd::arxiv::ArxivClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not a web address Paperdesk can fetch.</source>
        <translation>„%1“ ist keine Webadresse, die Paperdesk abrufen kann.</translation>
    </message>
    <message>
        <source>arXiv answered %1 with an unexpected HTTP %2 (%3).</source>
        <translation>arXiv hat auf %1 mit einem unerwarteten HTTP %2 (%3) geantwortet.</translation>
    </message>
    <message>
        <source>arXiv sent a cut-off answer for %1 (%2 of %3 bytes); try again later.</source>
        <translation>arXiv hat für %1 eine abgeschnittene Antwort gesendet (%2 von %3 Bytes); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>arXiv answered HTTP %1 (%2) to all %3 attempts; try again later.</source>
        <translation>arXiv hat auf alle %3 Versuche mit HTTP %1 (%2) geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>arXiv answered HTTP %1 (%2); try again later.</source>
        <translation>arXiv hat mit HTTP %1 (%2) geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>arXiv is busy (HTTP %1 %2) and asked Paperdesk to wait %3, longer than the %4 it waits; try again after %5.</source>
        <translation>arXiv ist ausgelastet (HTTP %1 %2) und hat Paperdesk gebeten, %3 zu warten, länger als die %4, die es wartet; versuchen Sie es nach %5 erneut.</translation>
    </message>
    <message>
        <source>arXiv answered HTTP 404 (%1) for %2; there is nothing at that address.</source>
        <translation>arXiv hat für %2 mit HTTP 404 (%1) geantwortet; unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
        <source>arXiv refused the request for %1 with HTTP %2 (%3).</source>
        <translation>arXiv hat die Anfrage für %1 mit HTTP %2 (%3) abgelehnt.</translation>
    </message>
    <message>
        <source>The request to %1 timed out after %2 without data; arXiv may be overloaded, try again later.</source>
        <translation>Die Anfrage an %1 ist nach %2 ohne Daten abgelaufen; arXiv ist möglicherweise überlastet, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request to %1 timed out after %2 without data, %3 times; arXiv may be overloaded, try again later.</source>
        <translation>Die Anfrage an %1 ist %3-mal nach %2 ohne Daten abgelaufen; arXiv ist möglicherweise überlastet, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived (%2); try again later.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die ganze Antwort ankam (%2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived, %2 times (%3); try again later.</source>
        <translation>%1 hat die Verbindung %2-mal geschlossen, bevor die ganze Antwort ankam (%3); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not get an answer from %1 (%2); check the internet connection and try again later.</source>
        <translation>Von %1 kam keine Antwort (%2); prüfen Sie die Internetverbindung und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not get an answer from %1 after %2 attempts (%3); check the internet connection and try again later.</source>
        <translation>Von %1 kam nach %2 Versuchen keine Antwort (%3); prüfen Sie die Internetverbindung und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 (at least %3); no arXiv listing is that large, so Paperdesk stopped the download. Check the arXiv addresses in the profile.</source>
        <translation>%1 hat mehr als %2 gesendet (mindestens %3); keine arXiv-Liste ist so groß, daher hat Paperdesk den Download abgebrochen. Prüfen Sie die arXiv-Adressen im Profil.</translation>
    </message>
</context>
<context>
    <name>pd::library::ZoteroConnector</name>
    <message>
        <source>Paperdesk only sends papers to Zotero on this computer, not to %1.</source>
        <translation>Paperdesk sendet Artikel nur an Zotero auf diesem Computer, nicht an %1.</translation>
    </message>
    <message>
        <source>No papers to save to Zotero.</source>
        <translation>Keine Artikel zum Speichern in Zotero.</translation>
    </message>
    <message>
        <source>Zotero is not running (nothing answers on %1). Start Zotero, or copy the BibTeX instead.</source>
        <translation>Zotero läuft nicht (auf %1 antwortet nichts). Starten Sie Zotero oder kopieren Sie stattdessen das BibTeX.</translation>
    </message>
    <message>
        <source>Zotero did not answer on %1 within %2 s. Start Zotero (or close the dialog it shows), or copy the BibTeX instead.</source>
        <translation>Zotero hat auf %1 nicht innerhalb von %2 s geantwortet. Starten Sie Zotero (oder schließen Sie den Dialog, den es zeigt) oder kopieren Sie stattdessen das BibTeX.</translation>
    </message>
    <message>
        <source>What answers on %1 closed the connection instead of answering as Zotero does. Start Zotero, or copy the BibTeX instead.</source>
        <translation>Was auf %1 antwortet, hat die Verbindung geschlossen, statt wie Zotero zu antworten. Starten Sie Zotero oder kopieren Sie stattdessen das BibTeX.</translation>
    </message>
    <message>
        <source>Could not reach Zotero on %1: %2. Copy the BibTeX instead.</source>
        <translation>Zotero auf %1 ist nicht erreichbar: %2. Kopieren Sie stattdessen das BibTeX.</translation>
    </message>
    <message>
        <source>Another program, not Zotero, answers on %1 (HTTP %2). Start Zotero, or copy the BibTeX instead.</source>
        <translation>Auf %1 antwortet ein anderes Programm, nicht Zotero (HTTP %2). Starten Sie Zotero oder kopieren Sie stattdessen das BibTeX.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n paper(s) to Zotero.</source>
        <translation>
            <numerusform>%n Artikel in Zotero gespeichert.</numerusform>
            <numerusform>%n Artikel in Zotero gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library selected in Zotero is read-only. Select My Library in Zotero and save again, or copy the BibTeX instead.</source>
        <translation>Die in Zotero gewählte Bibliothek ist schreibgeschützt. Wählen Sie in Zotero „Meine Bibliothek“ und speichern Sie erneut, oder kopieren Sie stattdessen das BibTeX.</translation>
    </message>
    <message>
        <source>Zotero refused the request as coming from an outdated connector (HTTP 400). Copy the BibTeX instead.</source>
        <translation>Zotero hat die Anfrage als von einem veralteten Connector stammend abgelehnt (HTTP 400). Kopieren Sie stattdessen das BibTeX.</translation>
    </message>
    <message>
        <source>Zotero could not save the papers (HTTP %1). Save again, or copy the BibTeX instead.</source>
        <translation>Zotero konnte die Artikel nicht speichern (HTTP %1). Speichern Sie erneut oder kopieren Sie stattdessen das BibTeX.</translation>
    </message>
</context>
<context>
    <name>pd::llm::BatchClient</name>
    <message>
        <source>The batch expired before this request ran.</source>
        <translation>Der Batch ist abgelaufen, bevor diese Anfrage ausgeführt wurde.</translation>
    </message>
    <message>
        <source>The batch was cancelled before this request ran.</source>
        <translation>Der Batch wurde abgebrochen, bevor diese Anfrage ausgeführt wurde.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The provider did not run this request: %1.</source>
        <translation>Der Anbieter hat diese Anfrage nicht ausgeführt: %1.</translation>
    </message>
    <message>
        <source>The provider reported the unknown result type “%1”.</source>
        <translation>Der Anbieter hat den unbekannten Ergebnistyp „%1“ gemeldet.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere Zeile</numerusform>
            <numerusform>%n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider rejected the batch without saying why.</source>
        <translation>Der Anbieter hat den Batch ohne Begründung abgelehnt.</translation>
    </message>
    <message>
        <source>The provider rejected the batch: %1.</source>
        <translation>Der Anbieter hat den Batch abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Batch mode needs OpenAI&apos;s or Anthropic&apos;s own API; choose Immediate under Run mode in Settings → Model.</source>
        <translation>Der Batch-Modus braucht die eigene API von OpenAI oder Anthropic; wählen Sie „sofort“ unter „Ausführungsmodus“ in Einstellungen → Modell.</translation>
    </message>
    <message>
        <source>There is nothing to send in a batch.</source>
        <translation>Es gibt nichts, was in einem Batch gesendet werden könnte.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 requests; this one has %2.</source>
        <translation>Ein Batch fasst höchstens %1 Anfragen; dieser hat %2.</translation>
    </message>
    <message>
        <source>The batch request id “%1” is not 1 to 64 letters, digits, “-” or “_”.</source>
        <translation>Die Batch-Anfrage-ID „%1“ besteht nicht aus 1 bis 64 Buchstaben, Ziffern, „-“ oder „_“.</translation>
    </message>
    <message>
        <source>The batch request id “%1” is used twice.</source>
        <translation>Die Batch-Anfrage-ID „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>The batch request “%1” is not a JSON object.</source>
        <translation>Die Batch-Anfrage „%1“ ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A batch must use one model; “%1” asks for %2 and an earlier request for %3.</source>
        <translation>Ein Batch muss ein einziges Modell verwenden; „%1“ verlangt %2 und eine frühere Anfrage %3.</translation>
    </message>
    <message>
        <source>The batch is larger than the %1 MB the provider takes; lower the batch size in Settings → Model.</source>
        <translation>Der Batch ist größer als die %1 MB, die der Anbieter annimmt; verringern Sie die Stapelgröße unter Einstellungen → Modell.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The provider accepted the batch file but did not say its id.</source>
        <translation>Der Anbieter hat die Batch-Datei angenommen, aber ihre ID nicht genannt.</translation>
    </message>
    <message>
        <source>“%1” is not a batch id.</source>
        <translation>„%1“ ist keine Batch-ID.</translation>
    </message>
    <message>
        <source>The batch has not ended yet (%1).</source>
        <translation>Der Batch ist noch nicht beendet (%1).</translation>
    </message>
    <message>
        <source>The provider named the result file “%1”, which is not a file id.</source>
        <translation>Der Anbieter hat als Ergebnisdatei „%1“ genannt, was keine Datei-ID ist.</translation>
    </message>
    <message>
        <source>The batch expired at the provider before any request ran.</source>
        <translation>Der Batch ist beim Anbieter abgelaufen, bevor eine Anfrage ausgeführt wurde.</translation>
    </message>
    <message>
        <source>The batch was cancelled at the provider before any request ran.</source>
        <translation>Der Batch wurde beim Anbieter abgebrochen, bevor eine Anfrage ausgeführt wurde.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not a batch.</source>
        <translation>Die Antwort des Anbieters ist kein Batch.</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>Der Anbieter hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1.</source>
        <translation>Der Anbieter war nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>%1 The batch may have been created all the same; check the provider&apos;s console before sending it again.</source>
        <translation>%1 Der Batch wurde möglicherweise trotzdem angelegt; prüfen Sie die Konsole des Anbieters, bevor Sie ihn erneut senden.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::llm::LlmClient</name>
    <message>
        <source>The offline heuristic provider does not send requests; choose an OpenAI-compatible or Anthropic provider.</source>
        <translation>Der Offline-Heuristik-Anbieter sendet keine Anfragen; wählen Sie einen OpenAI-kompatiblen oder Anthropic-Anbieter.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>Der Anbieter hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Could not get an answer from the provider: %1.</source>
        <translation>Vom Anbieter kam keine Antwort: %1.</translation>
    </message>
    <message>
        <source>The provider is limiting requests and asked to wait %1 s, longer than the %2 s Paperdesk waits; try again later.</source>
        <translation>Der Anbieter begrenzt die Anfragen und hat gebeten, %1 s zu warten, länger als die %2 s, die Paperdesk wartet; versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::pipeline::ConnectionTest</name>
    <message>
        <source>The offline heuristic runs on this computer; there is nothing to connect to.</source>
        <translation>Die Offline-Heuristik läuft auf diesem Computer; es gibt nichts, womit verbunden werden müsste.</translation>
    </message>
    <message>
        <source>No API key: set one with Set Key… or in the environment variable PAPERDESK_API_KEY.</source>
        <translation>Kein API-Schlüssel: legen Sie einen mit „Schlüssel festlegen…“ oder in der Umgebungsvariable PAPERDESK_API_KEY fest.</translation>
    </message>
    <message>
        <source>The model answered, but not in the format scoring needs: “%1”.</source>
        <translation>Das Modell hat geantwortet, aber nicht im Format, das die Bewertung braucht: „%1“.</translation>
    </message>
    <message>
        <source>The model answered, but its answer was rejected: %1</source>
        <translation>Das Modell hat geantwortet, aber die Antwort wurde verworfen: %1</translation>
    </message>
    <message>
        <source>relevance %1, novelty %2, topic %3</source>
        <translation>Relevanz %1, Neuheit %2, Thema %3</translation>
    </message>
</context>
<context>
    <name>pd::pipeline::DailyRun</name>
    <message>
        <source>Nothing left to score for %1.</source>
        <translation>Für %1 ist nichts mehr zu bewerten.</translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n paper(s) with %1…</source>
        <translation>
            <numerusform>%n Artikel wird mit %1 bewertet…</numerusform>
            <numerusform>%n Artikel werden mit %1 bewertet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring cancelled.</source>
        <translation>Bewertung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n paper(s) with the offline heuristic (keyword overlap, not an LLM).</source>
        <translation>
            <numerusform>%n Artikel mit der Offline-Heuristik bewertet (Schlagwortüberschneidung, kein LLM).</numerusform>
            <numerusform>%n Artikel mit der Offline-Heuristik bewertet (Schlagwortüberschneidung, kein LLM).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring with the offline heuristic…</source>
        <translation>Bewertung mit der Offline-Heuristik…</translation>
    </message>
    <message numerus="yes">
        <source>Scoring cancelled; %n paper(s) scored before that were kept.</source>
        <translation>
            <numerusform>Bewertung abgebrochen; der zuvor bewertete %n Artikel wurde behalten.</numerusform>
            <numerusform>Bewertung abgebrochen; die zuvor bewerteten %n Artikel wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored %1 paper(s); %2 failed (see Failed / unscored).</source>
        <translation>%1 Artikel bewertet; %2 fehlgeschlagen (siehe „Fehlgeschlagen / unbewertet“).</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n paper(s).</source>
        <translation>
            <numerusform>%n Artikel bewertet.</numerusform>
            <numerusform>%n Artikel bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model gave no usable answer for this paper (%1).</source>
        <translation>Das Modell gab für diesen Artikel keine verwertbare Antwort (%1).</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The model left this paper out of %n answer(s).</source>
        <translation>
            <numerusform>Das Modell hat diesen Artikel in %n Antwort ausgelassen.</numerusform>
            <numerusform>Das Modell hat diesen Artikel in %n Antworten ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store scores: %1</source>
        <translation>Bewertungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Scoring with %1…</source>
        <translation>Bewertung mit %1…</translation>
    </message>
    <message>
        <source>No API key for %1: set PAPERDESK_API_KEY, or store a key in the window under Settings → Model → Set Key…; or score offline with --heuristic (keyword overlap, not an LLM).</source>
        <translation>Kein API-Schlüssel für %1: setzen Sie PAPERDESK_API_KEY oder hinterlegen Sie im Fenster unter Einstellungen → Modell → Schlüssel festlegen… einen Schlüssel; oder bewerten Sie offline mit --heuristic (Stichwortüberlappung, kein LLM).</translation>
    </message>
    <message>
        <source>This paper alone is longer than the model can read: %1</source>
        <translation>Dieser Artikel allein ist länger, als das Modell lesen kann: %1</translation>
    </message>
    <message numerus="yes">
        <source>The run&apos;s deadline of %n minute(s) passed: %1 paper(s) scored, %2 failed with the reason; the next run retries them.</source>
        <translation>
            <numerusform>Die Frist des Laufs von %n Minute ist abgelaufen: %1 Artikel bewertet, %2 mit Grund fehlgeschlagen; der nächste Lauf versucht sie erneut.</numerusform>
            <numerusform>Die Frist des Laufs von %n Minuten ist abgelaufen: %1 Artikel bewertet, %2 mit Grund fehlgeschlagen; der nächste Lauf versucht sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run&apos;s deadline of %n minute(s) passed before this paper was scored; the next run retries it.</source>
        <translation>
            <numerusform>Die Frist des Laufs von %n Minute ist abgelaufen, bevor dieser Artikel bewertet wurde; der nächste Lauf versucht ihn erneut.</numerusform>
            <numerusform>Die Frist des Laufs von %n Minuten ist abgelaufen, bevor dieser Artikel bewertet wurde; der nächste Lauf versucht ihn erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting; the batch keeps running at the provider and the next run collects its results.</source>
        <translation>Das Warten wurde beendet; der Batch läuft beim Anbieter weiter, und der nächste Lauf holt seine Ergebnisse ab.</translation>
    </message>
    <message>
        <source>%1 offers no batch mode: choose &quot;immediate&quot; under Settings → Model → Run mode (or leave out --batch).</source>
        <translation>%1 bietet keinen Batch-Modus: wählen Sie „sofort“ unter Einstellungen → Modell → Ausführungsmodus (oder lassen Sie --batch weg).</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 for comments on %n paper(s)…</source>
        <translation>
            <numerusform>%1 wird um Kommentare zu %n Artikel gebeten…</numerusform>
            <numerusform>%1 wird um Kommentare zu %n Artikeln gebeten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments for %n paper(s).</source>
        <translation>
            <numerusform>Kommentare für %n Artikel.</numerusform>
            <numerusform>Kommentare für %n Artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments for %1 paper(s); %2 could not be had (the scores stand).</source>
        <translation>Kommentare für %1 Artikel; für %2 waren keine zu bekommen (die Bewertungen bleiben bestehen).</translation>
    </message>
    <message numerus="yes">
        <source>The model left this paper out of %n answer(s) asking for comments.</source>
        <translation>
            <numerusform>Das Modell hat diesen Artikel in %n Antwort auf die Bitte um Kommentare ausgelassen.</numerusform>
            <numerusform>Das Modell hat diesen Artikel in %n Antworten auf die Bitte um Kommentare ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped while the batch was being submitted; its papers are asked again.</source>
        <translation>Beim Absenden des Batches abgebrochen; seine Artikel werden erneut angefragt.</translation>
    </message>
    <message numerus="yes">
        <source>Collecting %n batch(es) sent earlier…</source>
        <translation>
            <numerusform>%n früher gesendeter Batch wird abgeholt…</numerusform>
            <numerusform>%n früher gesendete Batches werden abgeholt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record the batch in the database; nothing was sent.</source>
        <translation>Der Batch konnte nicht in der Datenbank vermerkt werden; es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n paper(s) as one batch…</source>
        <translation>
            <numerusform>%n Artikel wird als ein Batch gesendet…</numerusform>
            <numerusform>%n Artikel werden als ein Batch gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch could not be submitted: %1</source>
        <translation>Der Batch konnte nicht abgesendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n paper(s) as batch %1; waiting for the provider (usually minutes, at most 24 h)…</source>
        <translation>
            <numerusform>%n Artikel als Batch %1 gesendet; es wird auf den Anbieter gewartet (meist einige Minuten, höchstens 24 h)…</numerusform>
            <numerusform>%n Artikel als Batch %1 gesendet; es wird auf den Anbieter gewartet (meist einige Minuten, höchstens 24 h)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for batch %1 (%2): %3 of %4 requests done…</source>
        <translation>Warten auf Batch %1 (%2): %3 von %4 Anfragen erledigt…</translation>
    </message>
    <message>
        <source>The provider&apos;s batch failed: %1</source>
        <translation>Der Batch des Anbieters ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s batch gave no answer for this paper: %1</source>
        <translation>Der Batch des Anbieters lieferte für diesen Artikel keine Antwort: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s batch returned no line for this paper.</source>
        <translation>Der Batch des Anbieters lieferte keine Zeile für diesen Artikel.</translation>
    </message>
    <message>
        <source>Batch %1 is running at the provider (usually minutes, at most 24 h); run &quot;paperdesk score&quot; again, or open the day in the window, to collect it.</source>
        <translation>Batch %1 läuft beim Anbieter (meist einige Minuten, höchstens 24 h); führen Sie „paperdesk score“ erneut aus oder öffnen Sie den Tag im Fenster, um ihn abzuholen.</translation>
    </message>
    <message>
        <source>Could not store comments: %1</source>
        <translation>Kommentare konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Asking %1 for comments on the relevant papers…</source>
        <translation>%1 wird um Kommentare zu den relevanten Artikeln gebeten…</translation>
    </message>
    <message>
        <source>Provider busy, retrying in %1 s (%2/%3)…</source>
        <translation>Anbieter ausgelastet, neuer Versuch in %1 s (%2/%3)…</translation>
    </message>
</context>
<context>
    <name>pd::pipeline::DayFetcher</name>
    <message>
        <source>The announcement of %1 is not out yet; arXiv announces at 20:00 US Eastern time the evening before.</source>
        <translation>Die Ankündigung vom %1 ist noch nicht erschienen; arXiv veröffentlicht am Vorabend um 20:00 Uhr US-Ostküstenzeit.</translation>
    </message>
    <message>
        <source>arXiv makes no announcement on %1 (a holiday).</source>
        <translation>arXiv veröffentlicht am %1 keine Ankündigung (Feiertag).</translation>
    </message>
    <message>
        <source>arXiv makes no announcement on %1 (a weekend).</source>
        <translation>arXiv veröffentlicht am %1 keine Ankündigung (Wochenende).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already stored (%n paper(s)); use refresh to fetch it again.</source>
        <translation>
            <numerusform>%1 ist bereits gespeichert (%n Artikel); verwenden Sie „Neu laden“, um ihn erneut abzurufen.</numerusform>
            <numerusform>%1 ist bereits gespeichert (%n Artikel); verwenden Sie „Neu laden“, um ihn erneut abzurufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the latest announcement from arXiv…</source>
        <translation>Die neueste Ankündigung wird von arXiv abgerufen…</translation>
    </message>
    <message>
        <source>Fetch cancelled.</source>
        <translation>Abrufen abgebrochen.</translation>
    </message>
    <message>
        <source>Fetched %1: %2 listed, %3 to score.</source>
        <translation>%1 abgerufen: %2 gelistet, %3 zu bewerten.</translation>
    </message>
    <message>
        <source>Rebuilding %1 from the arXiv API (%2 so far)…</source>
        <translation>%1 wird aus der arXiv-API wiederhergestellt (bisher %2)…</translation>
    </message>
    <message>
        <source>The arXiv API repeated the same results at %1 of %2; try again later.</source>
        <translation>Die arXiv-API hat bei %1 von %2 dieselben Ergebnisse wiederholt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Rebuilding %1 from the arXiv API…</source>
        <translation>%1 wird aus der arXiv-API wiederhergestellt…</translation>
    </message>
    <message>
        <source>The arXiv API returned an empty page at %1 of %2 results; try again later.</source>
        <translation>Die arXiv-API hat bei %1 von %2 Ergebnissen eine leere Seite geliefert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Rebuilt %1 from the arXiv API: %2 listed, %3 to score.</source>
        <translation>%1 aus der arXiv-API wiederhergestellt: %2 gelistet, %3 zu bewerten.</translation>
    </message>
    <message>
        <source>arXiv&apos;s RSS feed for %1 could not be read, so nothing from it was stored: %2</source>
        <translation>Der RSS-Feed von arXiv für %1 konnte nicht gelesen werden, daher wurde nichts davon gespeichert: %2</translation>
    </message>
    <message>
        <source>The arXiv API&apos;s answer for %1 (%2) could not be read, so nothing from it was stored: %3</source>
        <translation>Die Antwort der arXiv-API für %1 (%2) konnte nicht gelesen werden, daher wurde nichts davon gespeichert: %3</translation>
    </message>
    <message numerus="yes">
        <source>arXiv returned an empty listing for %1; the %n paper(s) stored for it are kept.</source>
        <translation>
            <numerusform>arXiv hat für %1 eine leere Liste geliefert; der gespeicherte %n Artikel bleibt erhalten.</numerusform>
            <numerusform>arXiv hat für %1 eine leere Liste geliefert; die gespeicherten %n Artikel bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>arXiv returned no papers for %1, an announcement day; try again later.</source>
        <translation>arXiv hat für %1, einen Ankündigungstag, keine Artikel geliefert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 was not stored; nothing of it was written. %2</source>
        <translation>%1 wurde nicht gespeichert; nichts davon wurde geschrieben. %2</translation>
    </message>
</context>
<context>
    <name>pd::pipeline::TopicDrafter</name>
    <message>
        <source>%1 could not draft the topics (%2), so they were drafted from your text&apos;s key phrases.</source>
        <translation>%1 konnte die Themen nicht entwerfen (%2), daher wurden sie aus den Schlüsselbegriffen Ihres Textes entworfen.</translation>
    </message>
    <message>
        <source>the answer is not one JSON object</source>
        <translation>die Antwort ist nicht genau ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no “topics” list, or more than it</source>
        <translation>die Antwort hat keine „topics“-Liste oder enthält mehr als diese</translation>
    </message>
    <message>
        <source>the answer has %1 topics, not 1 to %2</source>
        <translation>die Antwort hat %1 Themen, nicht 1 bis %2</translation>
    </message>
    <message>
        <source>topic %1 does not have exactly the fields id, label, description, keep and filter</source>
        <translation>Thema %1 hat nicht genau die Felder id, label, description, keep und filter</translation>
    </message>
    <message>
        <source>topic %1: “%2” is not a string</source>
        <translation>Thema %1: „%2“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>topic %1: the id “%2” is not 1 to %3 of a–z, 0–9 and _</source>
        <translation>Thema %1: die ID „%2“ besteht nicht aus 1 bis %3 Zeichen aus a–z, 0–9 und _</translation>
    </message>
    <message>
        <source>topic %1: the id “%2” is used twice</source>
        <translation>Thema %1: die ID „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>topic %1 (%2) has no label or no keep text</source>
        <translation>Thema %1 (%2) hat keine Bezeichnung oder keinen Behalten-Text</translation>
    </message>
    <message>
        <source>topic %1 (%2) is longer than a topic should be</source>
        <translation>Thema %1 (%2) ist länger, als ein Thema sein sollte</translation>
    </message>
    <message>
        <source>Papers on %1.</source>
        <translation>Artikel über %1.</translation>
    </message>
    <message>
        <source>work whose main subject is %1; in your words: “%2”</source>
        <translation>Arbeiten, deren Hauptthema %1 ist; in Ihren Worten: „%2“</translation>
    </message>
    <message>
        <source>papers that mention %1 only in passing.</source>
        <translation>Artikel, die %1 nur am Rande erwähnen.</translation>
    </message>
    <message>
        <source>papers that mention %1 only in passing, and papers mainly about %2.</source>
        <translation>Artikel, die %1 nur am Rande erwähnen, und Artikel, die hauptsächlich von %2 handeln.</translation>
    </message>
</context>
<context>
    <name>pd::pipeline::Worker</name>
    <message>
        <source>Another fetch or run is still going; wait for it or cancel it.</source>
        <translation>Ein anderer Abruf oder Lauf ist noch aktiv; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier run(s) ended without finishing (the process was stopped); they are marked interrupted, and what they stored is kept.</source>
        <translation>
            <numerusform>%n früherer Lauf endete unvollendet (der Prozess wurde beendet); er ist als unterbrochen markiert, und was er gespeichert hat, bleibt erhalten.</numerusform>
            <numerusform>%n frühere Läufe endeten unvollendet (der Prozess wurde beendet); sie sind als unterbrochen markiert, und was sie gespeichert haben, bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; not waiting (--no-wait).</source>
        <translation>%1; es wird nicht gewartet (--no-wait).</translation>
    </message>
    <message>
        <source>%1; waiting…</source>
        <translation>%1; es wird gewartet…</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is already stored (%n paper(s)); not fetched again.</source>
        <translation>
            <numerusform>%1 ist bereits gespeichert (%n Artikel); nicht erneut abgerufen.</numerusform>
            <numerusform>%1 ist bereits gespeichert (%n Artikel); nicht erneut abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1 of %2: %3…</source>
        <translation>Tag %1 von %2: %3…</translation>
    </message>
    <message>
        <source>%1 is not fetched yet; nothing to score.</source>
        <translation>%1 ist noch nicht abgerufen; nichts zu bewerten.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About %1 left.</source>
        <translation>Noch etwa %1.</translation>
    </message>
    <message>
        <source>%1 to %2 holds no announcement day (weekends and holidays only); nothing to do.</source>
        <translation>%1 bis %2 enthält keinen Ankündigungstag (nur Wochenenden und Feiertage); nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n announcement day(s)</source>
        <translation>
            <numerusform>%1 bis %2: %n Ankündigungstag</numerusform>
            <numerusform>%1 bis %2: %n Ankündigungstage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scored, %2 skipped, %3 failed.</source>
        <translation>%1 bewertet, %2 übersprungen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 fetched, %2 already stored, %3 failed.</source>
        <translation>%1 abgerufen, %2 bereits gespeichert, %3 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from %1 on are not announced yet and were left out.</source>
        <translation>
            <numerusform>%n Tag ab %1 ist noch nicht angekündigt und wurde ausgelassen.</numerusform>
            <numerusform>%n Tage ab %1 sind noch nicht angekündigt und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n day(s) to go; run the same range again to go on (stored days are not fetched again).</source>
        <translation>
            <numerusform>Abgebrochen, %n Tag stand noch aus; führen Sie denselben Zeitraum erneut aus, um fortzufahren (gespeicherte Tage werden nicht erneut abgerufen).</numerusform>
            <numerusform>Abgebrochen, %n Tage standen noch aus; führen Sie denselben Zeitraum erneut aus, um fortzufahren (gespeicherte Tage werden nicht erneut abgerufen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not announced yet.</source>
        <translation>%1 ist noch nicht angekündigt.</translation>
    </message>
    <message>
        <source>No announcement day from %1 to %2 is out yet; arXiv announces at 20:00 US Eastern time the evening before.</source>
        <translation>Von %1 bis %2 ist noch kein Ankündigungstag erschienen; arXiv kündigt jeweils am Vorabend um 20:00 Uhr US-Ostküstenzeit an.</translation>
    </message>
</context>
<context>
    <name>pd::secrets::SecretStore</name>
    <message>
        <source>No API key is stored. Set one in Settings → Model, or set PAPERDESK_API_KEY.</source>
        <translation>Es ist kein API-Schlüssel gespeichert. Legen Sie einen unter Einstellungen → Modell fest oder setzen Sie PAPERDESK_API_KEY.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Paperdesk never stores the API key in plain text: start a Secret Service such as GNOME Keyring or KWallet, or set the environment variable PAPERDESK_API_KEY.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Paperdesk speichert den API-Schlüssel nie im Klartext: starten Sie einen Secret Service wie GNOME Keyring oder KWallet, oder setzen Sie die Umgebungsvariable PAPERDESK_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>pd::store::ReadingWriter</name>
    <message>
        <source>Could not save the reading state of %1 to %2.</source>
        <translation>Der Lesezustand von %1 konnte nicht in %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save reading states to %1: the database is busy or read-only.</source>
        <translation>Lesezustände konnten nicht in %1 gespeichert werden: Die Datenbank ist belegt oder schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ArchiveSearchDialog</name>
    <message>
        <source>Search All Days</source>
        <translation>Alle Tage durchsuchen</translation>
    </message>
    <message>
        <source>Words in the title, authors or abstract of any stored paper</source>
        <translation>Wörter in Titel, Autoren oder Zusammenfassung eines gespeicherten Artikels</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>No stored paper matches.</source>
        <translation>Kein gespeicherter Artikel passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s), best match first.</source>
        <translation>
            <numerusform>%n Artikel, bester Treffer zuerst.</numerusform>
            <numerusform>%n Artikel, beste Treffer zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::DayPane</name>
    <message>
        <source>Fetch and Score This Day</source>
        <translation>Tag abrufen und bewerten</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>Kein Tag</translation>
    </message>
    <message>
        <source>Fetch an announcement to start reading.</source>
        <translation>Rufen Sie eine Ankündigung ab, um mit dem Lesen zu beginnen.</translation>
    </message>
    <message>
        <source>arXiv makes no announcement on this day (a holiday).</source>
        <translation>arXiv veröffentlicht an diesem Tag keine Ankündigung (Feiertag).</translation>
    </message>
    <message>
        <source>arXiv makes no announcement on weekends.</source>
        <translation>arXiv veröffentlicht an Wochenenden keine Ankündigung.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) not scored yet under the current settings.</source>
        <translation>
            <numerusform>%n Artikel noch unbewertet (aktuelle Einstellungen).</numerusform>
            <numerusform>%n Artikel noch unbewertet (aktuelle Einstellungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>This announcement is not out yet.</source>
        <translation>Diese Ankündigung ist noch nicht erschienen.</translation>
    </message>
    <message>
        <source>This announcement day is not fetched yet.</source>
        <translation>Dieser Ankündigungstag ist noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Fetching failed: %1</source>
        <translation>Abrufen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>arXiv listed no new papers for this day.</source>
        <translation>arXiv hat für diesen Tag keine neuen Artikel gelistet.</translation>
    </message>
    <message>
        <source>offline heuristic — keyword overlap, not an LLM</source>
        <translation>Offline-Heuristik — Schlagwortüberschneidung, kein LLM</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · tokens %2 prompt / %3 completion / %4 total · cost %5 (%6 + %7)&lt;br&gt;Papers: %8 total arXiv · %9 scanned · &lt;b&gt;%10 relevant&lt;/b&gt; · %11 scored · %12 failed · %13</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Token %2 Prompt / %3 Antwort / %4 gesamt · Kosten %5 (%6 + %7)&lt;br&gt;Artikel: %8 arXiv gesamt · %9 geprüft · &lt;b&gt;%10 relevant&lt;/b&gt; · %11 bewertet · %12 fehlgeschlagen · %13</translation>
    </message>
    <message>
        <source>rebuilt from the arXiv API</source>
        <translation>aus der arXiv-API wiederhergestellt</translation>
    </message>
    <message>
        <source>from the RSS feed</source>
        <translation>aus dem RSS-Feed</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) show scores made under earlier settings (dimmed) until the day is re-scored.</source>
        <translation>
            <numerusform>%n Artikel zeigt Bewertungen früherer Einstellungen (abgeblendet), bis der Tag neu bewertet ist.</numerusform>
            <numerusform>%n Artikel zeigen Bewertungen früherer Einstellungen (abgeblendet), bis der Tag neu bewertet ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last run on this day was stopped before it finished. What it scored is kept; Score finishes the rest.</source>
        <translation>Der letzte Lauf für diesen Tag wurde vor dem Ende abgebrochen. Was er bewertet hat, bleibt erhalten; „Bewerten“ erledigt den Rest.</translation>
    </message>
    <message>
        <source>Waiting for a batch at the provider (usually minutes, at most 24 h). Score collects its results when they are ready.</source>
        <translation>Wartet auf einen Batch beim Anbieter (meist einige Minuten, höchstens 24 h). „Bewerten“ holt die Ergebnisse ab, sobald sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>pd::ui::DesktopNotifier</name>
    <message>
        <source>%1: %2 relevant, %3 hot</source>
        <translation>%1: %2 relevant, %3 heiß</translation>
    </message>
    <message>
        <source>%1: %2 relevant</source>
        <translation>%1: %2 relevant</translation>
    </message>
    <message>
        <source>Open the Day</source>
        <translation>Tag öffnen</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExportDialog</name>
    <message>
        <source>&amp;Day digest</source>
        <translation>&amp;Tagesübersicht</translation>
    </message>
    <message>
        <source>&amp;Month overview</source>
        <translation>&amp;Monatsübersicht</translation>
    </message>
    <message>
        <source>Include the paper selection &amp;prompt</source>
        <translation>&amp;Prompt zur Artikelauswahl beifügen</translation>
    </message>
    <message>
        <source>Export Digest</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a file to save the digest to.</source>
        <translation>Wählen Sie eine Datei, in der die Übersicht gespeichert wird.</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another file or folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie eine andere Datei oder einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>pd::ui::FetchRangeDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Score too</source>
        <translation>Auch be&amp;werten</translation>
    </message>
    <message>
        <source>&amp;Re-fetch stored days</source>
        <translation>Gespeicherte Tage &amp;erneut abrufen</translation>
    </message>
    <message>
        <source>Fetch Range</source>
        <translation>Zeitraum abrufen</translation>
    </message>
    <message>
        <source>Score each day after fetching it, with the current model and topics</source>
        <translation>Jeden Tag nach dem Abrufen bewerten, mit dem aktuellen Modell und den aktuellen Themen</translation>
    </message>
    <message>
        <source>Fetch stored days again; nothing stored is lost</source>
        <translation>Gespeicherte Tage erneut abrufen; nichts Gespeichertes geht verloren</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Fetches each announcement day in the range, one after another. An interrupted range goes on where it stopped when fetched again.</source>
        <translation>Ruft jeden Ankündigungstag im Zeitraum nacheinander ab. Ein unterbrochener Zeitraum macht beim erneuten Abrufen dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>A range covers at most %1 days; choose a shorter one and fetch the rest after it.</source>
        <translation>Ein Zeitraum umfasst höchstens %1 Tage; wählen Sie einen kürzeren und rufen Sie den Rest danach ab.</translation>
    </message>
    <message>
        <source>No announcement day in this range: arXiv announces Monday to Friday, except on holidays.</source>
        <translation>Kein Ankündigungstag in diesem Zeitraum: arXiv kündigt montags bis freitags an, außer an Feiertagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n announcement day(s)</source>
        <translation>
            <numerusform>%n Ankündigungstag</numerusform>
            <numerusform>%n Ankündigungstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already stored and skipped.</source>
        <translation>
            <numerusform>; %n bereits gespeichert und übersprungen.</numerusform>
            <numerusform>; %n bereits gespeichert und übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Nothing to fetch; what is not scored yet is scored.</source>
        <translation>Nichts abzurufen; was noch nicht bewertet ist, wird bewertet.</translation>
    </message>
    <message>
        <source>Nothing to fetch.</source>
        <translation>Nichts abzurufen.</translation>
    </message>
    <message>
        <source>About %1 at one arXiv request every 3 seconds</source>
        <translation>Etwa %1 bei einer arXiv-Anfrage alle 3 Sekunden</translation>
    </message>
    <message>
        <source>, plus the time scoring takes.</source>
        <translation>, zuzüglich der Zeit für die Bewertung.</translation>
    </message>
</context>
<context>
    <name>pd::ui::JobController</name>
    <message>
        <source>Nothing was scored: there is no API key for %1.</source>
        <translation>Nichts wurde bewertet: Es gibt keinen API-Schlüssel für %1.</translation>
    </message>
    <message>
        <source>No API Key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Scoring with %1 needs an API key, and none is set.</source>
        <translation>Das Bewerten mit %1 braucht einen API-Schlüssel, und es ist keiner festgelegt.</translation>
    </message>
    <message>
        <source>Set a key (it goes to the system keychain), or score offline this time with the keyword heuristic: overlap with your topics, not a language model.</source>
        <translation>Legen Sie einen Schlüssel fest (er kommt in den Schlüsselbund des Systems), oder bewerten Sie diesmal offline mit der Stichwort-Heuristik: Überschneidung mit Ihren Themen, kein Sprachmodell.</translation>
    </message>
    <message>
        <source>Set Key…</source>
        <translation>Schlüssel festlegen…</translation>
    </message>
    <message>
        <source>Score Offline This Time</source>
        <translation>Diesmal offline bewerten</translation>
    </message>
    <message>
        <source>Nothing was scored: no API key.</source>
        <translation>Nichts wurde bewertet: kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Abrufen…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>%v / %m papers</source>
        <translation>%v / %m Artikel</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 Token, %2</translation>
    </message>
    <message>
        <source>Asking %1 for a comment needs an API key, and none is set.</source>
        <translation>Um %1 um einen Kommentar zu bitten, ist ein API-Schlüssel nötig, und es ist keiner festgelegt.</translation>
    </message>
    <message>
        <source>Set a key (it goes to the system keychain), and the comment is asked for.</source>
        <translation>Legen Sie einen Schlüssel fest (er wird im Schlüsselbund des Systems gespeichert), dann wird der Kommentar angefragt.</translation>
    </message>
    <message>
        <source>No comment was asked for: no API key.</source>
        <translation>Es wurde kein Kommentar angefragt: kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>Asking the model to explain its score…</source>
        <translation>Das Modell wird gebeten, seine Bewertung zu erklären…</translation>
    </message>
    <message>
        <source>Asking for the comments of newly relevant papers…</source>
        <translation>Kommentare zu neu relevanten Artikeln werden angefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Comments for %n newly relevant paper(s): %1</source>
        <translation>
            <numerusform>Kommentare für %n neu relevanten Artikel: %1</numerusform>
            <numerusform>Kommentare für %n neu relevante Artikel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The newly relevant papers already have their comments.</source>
        <translation>Die neu relevanten Artikel haben ihre Kommentare bereits.</translation>
    </message>
    <message>
        <source>Comment for %1: %2</source>
        <translation>Kommentar für %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Comments for %n paper(s): %1</source>
        <translation>
            <numerusform>Kommentare für %n Artikel: %1</numerusform>
            <numerusform>Kommentare für %n Artikel: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No comment came for %n paper(s); the paper view says why and offers to try again.</source>
        <translation>
            <numerusform>Für %n Artikel kam kein Kommentar; die Artikelansicht nennt den Grund und bietet einen neuen Versuch an.</numerusform>
            <numerusform>Für %n Artikel kam kein Kommentar; die Artikelansicht nennt den Grund und bietet einen neuen Versuch an.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%v / %m days</source>
        <translation>%v / %m Tage</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export Digest…</source>
        <translation>&amp;Übersicht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Profile…</source>
        <translation>Profil e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Month Overview</source>
        <translation>&amp;Monatsübersicht</translation>
    </message>
    <message>
        <source>&amp;Search Papers</source>
        <translation>Artikel &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous Day</source>
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous announcement day ([)</source>
        <translation>Vorheriger Ankündigungstag ([)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>The latest announcement (Ctrl+T)</source>
        <translation>Die neueste Ankündigung (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <source>Next announcement day (])</source>
        <translation>Nächster Ankündigungstag (])</translation>
    </message>
    <message>
        <source>Ne&amp;xt Paper</source>
        <translation>Nächster A&amp;rtikel</translation>
    </message>
    <message>
        <source>Pre&amp;vious Paper</source>
        <translation>Vorheri&amp;ger Artikel</translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation>A&amp;bruf</translation>
    </message>
    <message>
        <source>&amp;Fetch Day</source>
        <translation>Tag &amp;abrufen</translation>
    </message>
    <message>
        <source>Fetch this day&apos;s announcement from arXiv (Ctrl+R)</source>
        <translation>Die Ankündigung dieses Tages von arXiv abrufen (Strg+R)</translation>
    </message>
    <message>
        <source>Fetch and &amp;Score</source>
        <translation>Abrufen und &amp;bewerten</translation>
    </message>
    <message>
        <source>Fetch this day if needed and score what is not scored yet (Ctrl+Shift+R)</source>
        <translation>Diesen Tag bei Bedarf abrufen und bewerten, was noch nicht bewertet ist (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh from arXiv</source>
        <translation>Von arXiv &amp;neu laden</translation>
    </message>
    <message>
        <source>Fetch this day again even though it is stored; nothing stored is lost</source>
        <translation>Diesen Tag erneut abrufen, obwohl er gespeichert ist; nichts Gespeichertes geht verloren</translation>
    </message>
    <message>
        <source>&amp;Re-score with Current Settings</source>
        <translation>Mit aktuellen Einstellungen neu be&amp;werten</translation>
    </message>
    <message>
        <source>Score this day under the current topics and prompt; earlier scores are kept</source>
        <translation>Diesen Tag mit den aktuellen Themen und dem aktuellen Prompt bewerten; frühere Bewertungen bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop fetching or scoring; what is stored stays</source>
        <translation>Abrufen oder Bewerten stoppen; Gespeichertes bleibt erhalten</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>Ar&amp;tikel</translation>
    </message>
    <message>
        <source>&amp;Open Abstract Page</source>
        <translation>&amp;Abstract-Seite öffnen</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>&amp;PDF öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;BibTeX</source>
        <translation>&amp;BibTeX kopieren</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Merken</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Paperdesk</source>
        <translation>Ü&amp;ber Paperdesk</translation>
    </message>
    <message>
        <source>About Paperdesk</source>
        <translation>Über Paperdesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Paperdesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop reader for the daily arXiv announcement: it fetches the new papers of your categories and has a language model score them against your own topics.&lt;/p&gt;&lt;p&gt;Thank you to arXiv for use of its open access interoperability.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Paperdesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Desktop-Leser für die tägliche arXiv-Ankündigung: Er ruft die neuen Artikel Ihrer Kategorien ab und lässt sie von einem Sprachmodell anhand Ihrer eigenen Themen bewerten.&lt;/p&gt;&lt;p&gt;Dank an arXiv für die Nutzung seiner Open-Access-Schnittstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Relevance ≥ </source>
        <translation>Relevanz ≥ </translation>
    </message>
    <message>
        <source>What counts as relevant; changing it does not re-score</source>
        <translation>Was als relevant gilt; eine Änderung löst keine neue Bewertung aus</translation>
    </message>
    <message>
        <source>Novelty ≥ </source>
        <translation>Neuheit ≥ </translation>
    </message>
    <message>
        <source>Un&amp;star</source>
        <translation>Nicht mehr &amp;merken</translation>
    </message>
    <message>
        <source>Mark &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Next &amp;Unread Paper</source>
        <translation>Nächster &amp;ungelesener Artikel</translation>
    </message>
    <message>
        <source>The next unread paper, on to the next topic when this one is read (Space)</source>
        <translation>Der nächste ungelesene Artikel; ist dieses Thema gelesen, geht es zum nächsten Thema (Leertaste)</translation>
    </message>
    <message>
        <source>Previous U&amp;nread Paper</source>
        <translation>Vorheriger ungel&amp;esener Artikel</translation>
    </message>
    <message>
        <source>&amp;Mark Day Read</source>
        <translation>Tag als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Mark every paper of this day read (Ctrl+Shift+M)</source>
        <translation>Alle Artikel dieses Tages als gelesen markieren (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Search &amp;All Days…</source>
        <translation>&amp;Alle Tage durchsuchen…</translation>
    </message>
    <message>
        <source>Import &amp;Library…</source>
        <translation>Bib&amp;liothek importieren…</translation>
    </message>
    <message>
        <source>BibTeX, RIS, CSL JSON or Zotero&apos;s zotero.sqlite: what you keep teaches For you</source>
        <translation>BibTeX, RIS, CSL JSON oder die zotero.sqlite von Zotero: „Für dich“ lernt aus dem, was Sie aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Like</source>
        <translation>&amp;Gefällt mir</translation>
    </message>
    <message>
        <source>More like this in For you</source>
        <translation>Mehr davon in „Für dich“</translation>
    </message>
    <message>
        <source>&amp;Dislike</source>
        <translation>Gefällt mir n&amp;icht</translation>
    </message>
    <message>
        <source>Less like this in For you</source>
        <translation>Weniger davon in „Für dich“</translation>
    </message>
    <message>
        <source>Export &amp;References…</source>
        <translation>&amp;Literaturangaben exportieren…</translation>
    </message>
    <message>
        <source>The selected, starred or relevant papers as BibTeX, RIS or CSL JSON</source>
        <translation>Die ausgewählten, markierten oder relevanten Artikel als BibTeX, RIS oder CSL JSON</translation>
    </message>
    <message>
        <source>Save to &amp;Zotero</source>
        <translation>In &amp;Zotero speichern</translation>
    </message>
    <message>
        <source>Send the selected papers to the Zotero app running on this computer</source>
        <translation>Die ausgewählten Artikel an die auf diesem Computer laufende Zotero-App senden</translation>
    </message>
    <message>
        <source>Fetch (and score) every announcement day between two dates</source>
        <translation>Jeden Ankündigungstag zwischen zwei Daten abrufen (und bewerten)</translation>
    </message>
    <message>
        <source>&amp;Set Up Paperdesk…</source>
        <translation>Paperdesk &amp;einrichten…</translation>
    </message>
    <message>
        <source>Fields, interests, model and a first catch-up, step by step</source>
        <translation>Fachgebiete, Interessen, Modell und ein erstes Nachholen, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Fetch Ran&amp;ge…</source>
        <translation>&amp;Zeitraum abrufen…</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>Paperdesk</source>
        <translation>Paperdesk</translation>
    </message>
    <message>
        <source>BibTeX of %1 copied.</source>
        <translation>BibTeX von %1 kopiert.</translation>
    </message>
    <message>
        <source>No web browser could open %1. The link is copied to the clipboard: paste it into a browser, or set a default browser in your desktop&apos;s settings.</source>
        <translation>Kein Webbrowser konnte %1 öffnen. Der Link wurde in die Zwischenablage kopiert: Fügen Sie ihn in einen Browser ein, oder legen Sie in den Einstellungen Ihres Desktops einen Standardbrowser fest.</translation>
    </message>
    <message>
        <source>No unread papers left on this day.</source>
        <translation>An diesem Tag sind keine ungelesenen Artikel mehr übrig.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked read.</source>
        <translation>
            <numerusform>%n Artikel als gelesen markiert.</numerusform>
            <numerusform>%n Artikel als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to %1 copied.</source>
        <translation>Link zu %1 kopiert.</translation>
    </message>
    <message>
        <source>Import Library</source>
        <translation>Bibliothek importieren</translation>
    </message>
    <message>
        <source>Libraries (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;Zotero database (zotero.sqlite);;All files (*)</source>
        <translation>Bibliotheken (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;Zotero-Datenbank (zotero.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>%1: read %2, kept %3 (%4 already imported), %5 match stored papers, skipped %6.</source>
        <translation>%1: %2 gelesen, %3 übernommen (%4 bereits importiert), %5 passen zu gespeicherten Artikeln, %6 übersprungen.</translation>
    </message>
    <message>
        <source>For you learns from it now, on its own; the table updates when it is done.</source>
        <translation>„Für dich“ lernt jetzt selbstständig daraus; die Tabelle wird aktualisiert, sobald das erledigt ist.</translation>
    </message>
    <message>
        <source>The daily run for %1 has started.</source>
        <translation>Der tägliche Lauf für %1 hat begonnen.</translation>
    </message>
    <message>
        <source>Open Paperdesk</source>
        <translation>Paperdesk öffnen</translation>
    </message>
    <message>
        <source>Fetch and Score Now</source>
        <translation>Jetzt abrufen und bewerten</translation>
    </message>
    <message>
        <source>Quit Paperdesk</source>
        <translation>Paperdesk beenden</translation>
    </message>
    <message>
        <source>Paperdesk: next run %1</source>
        <translation>Paperdesk: nächster Lauf %1</translation>
    </message>
    <message>
        <source>Paperdesk keeps running</source>
        <translation>Paperdesk läuft weiter</translation>
    </message>
    <message>
        <source>The daily run needs Paperdesk in the tray (next: %1). Quit from the tray menu or File → Quit.</source>
        <translation>Der tägliche Lauf braucht Paperdesk im Infobereich (nächster: %1). Beenden über das Menü im Infobereich oder Datei → Beenden.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n paper(s) to Zotero…</source>
        <translation>
            <numerusform>%n Artikel wird an Zotero gesendet…</numerusform>
            <numerusform>%n Artikel werden an Zotero gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n paper(s) to Zotero.</source>
        <translation>
            <numerusform>%n Artikel in Zotero gespeichert.</numerusform>
            <numerusform>%n Artikel in Zotero gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy BibTeX Instead</source>
        <translation>Stattdessen BibTeX kopieren</translation>
    </message>
    <message numerus="yes">
        <source>BibTeX of %n paper(s) copied.</source>
        <translation>
            <numerusform>BibTeX von %n Artikel kopiert.</numerusform>
            <numerusform>BibTeX von %n Artikeln kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export References</source>
        <translation>Literaturangaben exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>The references were not written to %1: %2</source>
        <translation>Die Literaturangaben wurden nicht nach %1 geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reference(s) to %1.</source>
        <translation>
            <numerusform>%n Literaturangabe nach %1 exportiert.</numerusform>
            <numerusform>%n Literaturangaben nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>pd::ui::MonthDayCell</name>
    <message>
        <source>Scanned</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <source>No announcement</source>
        <translation>Keine Ankündigung</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Nicht abgerufen</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Fetch failed</source>
        <translation>Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scoring failed</source>
        <translation>Bewertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>$ ?</source>
        <translation>? $</translation>
    </message>
    <message>
        <source>%1 relevant of %2</source>
        <translation>%1 relevant von %2</translation>
    </message>
    <message numerus="yes">
        <source>fetched, %n scanned, not scored</source>
        <translation>
            <numerusform>abgerufen, %n geprüft, nicht bewertet</numerusform>
            <numerusform>abgerufen, %n geprüft, nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch failed</source>
        <translation>Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>scoring failed</source>
        <translation>Bewertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts a screen reader says for a day.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>pd::ui::MonthOverview</name>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Papers listed</source>
        <translation>Gelistete Artikel</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2 · cached %3 · %4 requests</source>
        <translation>Prompt %1 · Antwort %2 · zwischengespeichert %3 · %4 Anfragen</translation>
    </message>
    <message>
        <source>%1 + ?</source>
        <translation>%1 + ?</translation>
    </message>
    <message>
        <source>Latest model: %1</source>
        <translation>Neuestes Modell: %1</translation>
    </message>
    <message>
        <source>Days with an unknown cost: %1 (their model has no price in the profile).</source>
        <translation>Tage mit unbekannten Kosten: %1 (für ihr Modell ist im Profil kein Preis hinterlegt).</translation>
    </message>
    <message>
        <source>No month</source>
        <translation>Kein Monat</translation>
    </message>
    <message>
        <source>Nothing was fetched for %1 yet: choose a day in the calendar to fetch it.</source>
        <translation>Für %1 wurde noch nichts abgerufen: wählen Sie im Kalender einen Tag, um ihn abzurufen.</translation>
    </message>
    <message>
        <source>Topic coverage</source>
        <translation>Themenabdeckung</translation>
    </message>
    <message>
        <source>%1: %2 relevant papers</source>
        <translation>%1: %2 relevante Artikel</translation>
    </message>
    <message>
        <source>Relevant papers of the month by primary topic.</source>
        <translation>Relevante Artikel des Monats nach Hauptthema.</translation>
    </message>
    <message>
        <source>Top papers by topic</source>
        <translation>Top-Artikel nach Thema</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No relevant papers this month.</source>
        <translation>Keine relevanten Artikel in diesem Monat.</translation>
    </message>
    <message>
        <source>%1 · relevance %2, novelty %3</source>
        <translation>%1 · Relevanz %2, Neuheit %3</translation>
    </message>
    <message>
        <source>arXiv %1, listed %2. Open the day with this paper selected.</source>
        <translation>arXiv %1, gelistet am %2. Öffnet den Tag mit diesem Artikel ausgewählt.</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>Announcement days of %1</source>
        <translation>Ankündigungstage im %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaperContextMenu</name>
    <message>
        <source>Explain This Score</source>
        <translation>Diese Bewertung erklären</translation>
    </message>
    <message>
        <source>The model&apos;s comment on this paper has been asked for</source>
        <translation>Der Kommentar des Modells zu diesem Artikel wurde bereits angefragt</translation>
    </message>
    <message>
        <source>Ask the model why it scored this paper as it did</source>
        <translation>Das Modell fragen, warum es diesen Artikel so bewertet hat</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaperTableModel</name>
    <message numerus="yes">
        <source>%1, … (%n authors)</source>
        <translation>
            <numerusform>%1, … (%n Autor)</numerusform>
            <numerusform>%1, … (%n Autoren)</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>▲ entered</source>
        <translation>▲ neu dabei</translation>
    </message>
    <message>
        <source>▼ left</source>
        <translation>▼ herausgefallen</translation>
    </message>
    <message>
        <source>Left out before scoring: %1</source>
        <translation>Vor der Bewertung ausgelassen: %1</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>Bewertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Offline heuristic estimate, not a model&apos;s score. %1</source>
        <translation>Schätzung der Offline-Heuristik, keine Bewertung eines Modells. %1</translation>
    </message>
    <message>
        <source>Not scored yet under this profile.</source>
        <translation>Unter diesem Profil noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Gemerkt</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Nicht gemerkt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Relevant under the new settings, not under the old ones</source>
        <translation>Relevant unter den neuen Einstellungen, nicht unter den alten</translation>
    </message>
    <message>
        <source>Relevant under the old settings, not under the new ones</source>
        <translation>Relevant unter den alten Einstellungen, nicht unter den neuen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>The topic of your profile the paper fits best</source>
        <translation>Das Thema Ihres Profils, zu dem der Artikel am besten passt</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Relevance to your topics, 1–10</source>
        <translation>Relevanz für Ihre Themen, 1–10</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Novelty, 1–10</source>
        <translation>Neuheit, 1–10</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <source>Relevance + novelty, 2–20</source>
        <translation>Relevanz + Neuheit, 2–20</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Hotspot tags: the day&apos;s buzz, whatever your topics</source>
        <translation>Hotspot-Schlagwörter: was am Tag Aufsehen erregt, unabhängig von Ihren Themen</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <source>Unread papers are marked ● and shown in bold</source>
        <translation>Ungelesene Artikel sind mit ● markiert und fett dargestellt</translation>
    </message>
    <message>
        <source>After a re-score: papers that entered or left the relevant set</source>
        <translation>Nach einer Neubewertung: Artikel, die in die relevante Menge aufgenommen wurden oder sie verlassen haben</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Rel.</source>
        <comment>short for Relevance in a narrow table</comment>
        <translation>Rel.</translation>
    </message>
    <message>
        <source>Nov.</source>
        <comment>short for Novelty in a narrow table</comment>
        <translation>Neu.</translation>
    </message>
    <message>
        <source>For you %1: how close it is to what you liked (the paper view says why)</source>
        <translation>Für dich %1: wie nah der Artikel dem kommt, was Ihnen gefallen hat (die Artikelansicht nennt den Grund)</translation>
    </message>
    <message>
        <source>For you starts with %1 liked papers: like papers (+), star them or import your library</source>
        <translation>„Für dich“ beginnt ab %1 Artikeln mit „Gefällt mir“: Artikel mit „Gefällt mir“ markieren (+), merken oder Ihre Bibliothek importieren</translation>
    </message>
    <message>
        <source>For you, 0–10: learned from your likes, stars and library; no LLM, no cost</source>
        <translation>Für dich, 0–10: gelernt aus Ihren „Gefällt mir“, gemerkten Artikeln und Ihrer Bibliothek; kein LLM, keine Kosten</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Für dich</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaperView</name>
    <message>
        <source>Open abstract</source>
        <translation>Abstract öffnen</translation>
    </message>
    <message>
        <source>Open the paper&apos;s arXiv abstract page in your browser</source>
        <translation>Die arXiv-Abstract-Seite des Artikels im Browser öffnen</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Open the paper&apos;s PDF on arXiv in your browser</source>
        <translation>Das PDF des Artikels auf arXiv im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy BibTeX</source>
        <translation>BibTeX kopieren</translation>
    </message>
    <message>
        <source>Copy a BibTeX entry for this paper to the clipboard</source>
        <translation>Einen BibTeX-Eintrag für diesen Artikel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Star this paper to find it again under Starred, or remove the star</source>
        <translation>Diesen Artikel merken, um ihn unter „Gemerkt“ wiederzufinden, oder die Markierung entfernen</translation>
    </message>
    <message>
        <source>Mark this paper as read or unread</source>
        <translation>Diesen Artikel als gelesen oder ungelesen markieren</translation>
    </message>
    <message>
        <source>Write a note about this paper</source>
        <translation>Eine Notiz zu diesem Artikel schreiben</translation>
    </message>
    <message>
        <source>Paper details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>Select a paper to read it here.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>new submission</source>
        <translation>neue Einreichung</translation>
    </message>
    <message>
        <source>cross-list</source>
        <translation>Cross-List</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersatzversion</translation>
    </message>
    <message>
        <source>cross-list replacement</source>
        <translation>Cross-List-Ersatzversion</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>No abstract.</source>
        <translation>Kein Abstract.</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <source>Journal reference:</source>
        <translation>Zeitschriftenreferenz:</translation>
    </message>
    <message>
        <source>DOI:</source>
        <translation>DOI:</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Filtered out before scoring:</source>
        <translation>Vor der Bewertung ausgefiltert:</translation>
    </message>
    <message>
        <source>Not scored yet under this profile.</source>
        <translation>Unter diesem Profil noch nicht bewertet.</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>es wurde kein Grund festgehalten</translation>
    </message>
    <message>
        <source>Scoring failed:</source>
        <translation>Bewertung fehlgeschlagen:</translation>
    </message>
    <message>
        <source>relevant</source>
        <translation>relevant</translation>
    </message>
    <message>
        <source>below your thresholds (relevance %1, novelty %2)</source>
        <translation>unter Ihren Schwellen (Relevanz %1, Neuheit %2)</translation>
    </message>
    <message>
        <source>Relevance %1 · Novelty %2</source>
        <translation>Relevanz %1 · Neuheit %2</translation>
    </message>
    <message>
        <source>heuristic estimate, not a language model&apos;s score</source>
        <translation>Schätzung der Heuristik, keine Bewertung eines Sprachmodells</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Also matches:</source>
        <translation>Passt auch zu:</translation>
    </message>
    <message>
        <source>daily hot</source>
        <translation>Tagesthema</translation>
    </message>
    <message>
        <source>new frontier</source>
        <translation>neue Richtung</translation>
    </message>
    <message>
        <source>Hotspot:</source>
        <translation>Hotspot:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Topic match:</source>
        <translation>Themenbezug:</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Nicht mehr merken</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Merken</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Als ungelesen</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your note on arXiv:%1:</source>
        <translation>Ihre Notiz zu arXiv:%1:</translation>
    </message>
    <message>
        <source>Scoring under the current settings failed:</source>
        <translation>Die Bewertung unter den aktuellen Einstellungen ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Asking the model for its comment on this paper…</source>
        <translation>Das Modell wird um seinen Kommentar zu diesem Artikel gebeten…</translation>
    </message>
    <message>
        <source>No comment:</source>
        <translation>Kein Kommentar:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No comment yet: it was not asked while this paper scored below your thresholds.</source>
        <translation>Noch kein Kommentar: Er wurde nicht angefragt, solange dieser Artikel unter Ihren Schwellenwerten lag.</translation>
    </message>
    <message>
        <source>No comment: comments are asked only for papers that pass your thresholds or carry a hotspot tag.</source>
        <translation>Kein Kommentar: Kommentare werden nur für Artikel angefragt, die Ihre Schwellenwerte erreichen oder ein Hotspot-Tag tragen.</translation>
    </message>
    <message>
        <source>Explain this score</source>
        <translation>Diese Bewertung erklären</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <source>More papers like this one in For you (+)</source>
        <translation>Mehr Artikel wie diesen in „Für dich“ (+)</translation>
    </message>
    <message>
        <source>Dislike</source>
        <translation>Gefällt mir nicht</translation>
    </message>
    <message>
        <source>Fewer papers like this one in For you (-)</source>
        <translation>Weniger Artikel wie diesen in „Für dich“ (-)</translation>
    </message>
    <message>
        <source>For you:</source>
        <translation>Für dich:</translation>
    </message>
    <message>
        <source>like your library:</source>
        <translation>ähnlich wie in Ihrer Bibliothek:</translation>
    </message>
    <message>
        <source>words that count:</source>
        <translation>ausschlaggebende Wörter:</translation>
    </message>
    <message>
        <source>Save to Zotero</source>
        <translation>In Zotero speichern</translation>
    </message>
    <message>
        <source>Send this paper to the Zotero app running on this computer</source>
        <translation>Diesen Artikel an die auf diesem Computer laufende Zotero-App senden</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProfileController</name>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>Profil (*.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Profil nicht importiert</translation>
    </message>
    <message>
        <source>%1

Your current profile is unchanged.</source>
        <translation>%1

Ihr aktuelles Profil ist unverändert.</translation>
    </message>
    <message>
        <source>Imported the profile from %1.</source>
        <translation>Profil aus %1 importiert.</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Profil nicht exportiert</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReferencesDialog</name>
    <message>
        <source>Export References</source>
        <translation>Literaturangaben exportieren</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Artikel</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected papers (%n)</source>
        <translation>
            <numerusform>Die &amp;ausgewählten Artikel (%n)</numerusform>
            <numerusform>Die &amp;ausgewählten Artikel (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every s&amp;tarred paper, on any day (%n)</source>
        <translation>
            <numerusform>Alle &amp;markierten Artikel, von jedem Tag (%n)</numerusform>
            <numerusform>Alle &amp;markierten Artikel, von jedem Tag (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;relevant papers of %1 (%n)</source>
        <translation>
            <numerusform>Die &amp;relevanten Artikel vom %1 (%n)</numerusform>
            <numerusform>Die &amp;relevanten Artikel vom %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>BibTeX (.bib) — LaTeX, JabRef, most managers</source>
        <translation>BibTeX (.bib) — LaTeX, JabRef, die meisten Literaturverwaltungen</translation>
    </message>
    <message>
        <source>RIS (.ris) — EndNote, Mendeley, Zotero</source>
        <translation>RIS (.ris) — EndNote, Mendeley, Zotero</translation>
    </message>
    <message>
        <source>CSL JSON (.json) — Zotero, Pandoc, citeproc</source>
        <translation>CSL JSON (.json) — Zotero, Pandoc, citeproc</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ScoreDelegate</name>
    <message>
        <source>%1: none</source>
        <translation>%1: keiner</translation>
    </message>
    <message>
        <source>%1 %2 of %3, relevant</source>
        <translation>%1 %2 von %3, relevant</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
</context>
<context>
    <name>pd::ui::SearchField</name>
    <message>
        <source>Search title, authors, abstract (Ctrl+F)</source>
        <translation>Titel, Autoren, Abstract durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupCatchUpPage</name>
    <message>
        <source>Catch Up</source>
        <translation>Nachholen</translation>
    </message>
    <message>
        <source>Fetch and score the last few announcement days, so the week&apos;s papers are there.</source>
        <translation>Die letzten Ankündigungstage abrufen und bewerten, damit die Artikel der Woche da sind.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Fetch and score the last &amp;announcement days:</source>
        <translation>Die letzten &amp;Ankündigungstage abrufen und bewerten:</translation>
    </message>
    <message>
        <source>At Finish</source>
        <translation>Bei „Fertigstellen“</translation>
    </message>
    <message>
        <source>The window fetches the days one after another (arXiv asks for three seconds between requests), then scores them, with progress at the bottom of the window; Papers → Cancel stops it. Days already stored are not fetched again.</source>
        <translation>Das Fenster ruft die Tage nacheinander ab (arXiv verlangt drei Sekunden zwischen Anfragen) und bewertet sie dann, mit Fortschrittsanzeige unten im Fenster; Abruf → Abbrechen hält es an. Bereits gespeicherte Tage werden nicht erneut abgerufen.</translation>
    </message>
    <message>
        <source>Nothing is fetched now; Papers → Fetch and Score fetches any day later.</source>
        <translation>Jetzt wird nichts abgerufen; Abruf → Abrufen und bewerten ruft später jeden beliebigen Tag ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %1.</source>
        <translation>
            <numerusform>%n Tag: %1.</numerusform>
            <numerusform>%n Tage: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories unchanged: %1.</source>
        <translation>Kategorien unverändert: %1.</translation>
    </message>
    <message>
        <source>Categories: %1.</source>
        <translation>Kategorien: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Topics unchanged (%n).</source>
        <translation>
            <numerusform>Themen unverändert (%n).</numerusform>
            <numerusform>Themen unverändert (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) from your description.</source>
        <translation>
            <numerusform>%n Thema aus Ihrer Beschreibung.</numerusform>
            <numerusform>%n Themen aus Ihrer Beschreibung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring offline with the keyword heuristic.</source>
        <translation>Offline-Bewertung mit der Schlagwort-Heuristik.</translation>
    </message>
    <message>
        <source>Scoring with %1 (%2).</source>
        <translation>Bewertung mit %1 (%2).</translation>
    </message>
    <message>
        <source>Scoring with %1 (%2); the key goes to the keychain.</source>
        <translation>Bewertung mit %1 (%2); der Schlüssel kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Importing the library %1.</source>
        <translation>Die Bibliothek %1 wird importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching and scoring the last %n announcement day(s).</source>
        <translation>
            <numerusform>Abruf und Bewertung des letzten Ankündigungstags (%n).</numerusform>
            <numerusform>Abruf und Bewertung der letzten %n Ankündigungstage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fetched now.</source>
        <translation>Jetzt wird nichts abgerufen.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupFieldsPage</name>
    <message>
        <source>Fields</source>
        <translation>Fachgebiete</translation>
    </message>
    <message>
        <source>Which arXiv categories Paperdesk fetches each day. One request covers them all.</source>
        <translation>Welche arXiv-Kategorien Paperdesk jeden Tag abruft. Eine Anfrage deckt alle ab.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Papers a day</source>
        <translation>Artikel pro Tag</translation>
    </message>
    <message>
        <source>Known once a day has been fetched</source>
        <translation>Bekannt, sobald ein Tag abgerufen wurde</translation>
    </message>
    <message>
        <source>Not known: the stored days were fetched for other categories</source>
        <translation>Unbekannt: die gespeicherten Tage wurden für andere Kategorien abgerufen</translation>
    </message>
    <message>
        <source>A code, a subject or a field, e.g. robotics or cs.RO</source>
        <translation>Ein Code, ein Fach oder ein Fachgebiet, z. B. robotics oder cs.RO</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Papers a day shows once days have been fetched.</source>
        <translation>„Artikel pro Tag“ erscheint, sobald Tage abgerufen wurden.</translation>
    </message>
    <message numerus="yes">
        <source>Papers a day: the average of the %n stored day(s), for the categories they were fetched for.</source>
        <translation>
            <numerusform>Artikel pro Tag: der Durchschnitt des %n gespeicherten Tages, für die Kategorien, für die er abgerufen wurde.</numerusform>
            <numerusform>Artikel pro Tag: der Durchschnitt der %n gespeicherten Tage, für die Kategorien, für die sie abgerufen wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>An archive such as “cs” takes every category in it; double-click or press Space to choose a row.</source>
        <translation>Ein Archiv wie „cs“ umfasst jede Kategorie darin; doppelklicken Sie oder drücken Sie die Leertaste, um eine Zeile zu wählen.</translation>
    </message>
    <message>
        <source>Choose at least one category, or Skip to keep %1.</source>
        <translation>Wählen Sie mindestens eine Kategorie oder „Überspringen“, um %1 zu behalten.</translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <translation>Gewählt: %1.</translation>
    </message>
    <message>
        <source>About %1 papers a day to score.</source>
        <translation>Etwa %1 Artikel pro Tag zu bewerten.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupInterestsPage</name>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>What you read: the model scores every paper against your topics.</source>
        <translation>Was Sie lesen: Das Modell bewertet jeden Artikel anhand Ihrer Themen.</translation>
    </message>
    <message>
        <source>&amp;Keep the reference topics</source>
        <translation>Die Referenz&amp;themen behalten</translation>
    </message>
    <message>
        <source>&amp;Describe what you read, and draft topics from it</source>
        <translation>&amp;Beschreiben, was Sie lesen, und daraus Themen entwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s): %1.</source>
        <translation>
            <numerusform>%n Thema: %1.</numerusform>
            <numerusform>%n Themen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference digests&apos; topics, written for a machine-learning researcher. %1</source>
        <translation>Die Themen der Referenz-Übersichten, geschrieben für Forschung im maschinellen Lernen. %1</translation>
    </message>
    <message>
        <source>A few sentences, e.g.: I work on robot learning, mostly sim-to-real transfer and dexterous manipulation. I also follow world models. I don&apos;t need pure benchmark papers.</source>
        <translation>Ein paar Sätze, z. B.: Ich arbeite an Robot Learning, vor allem an Sim-to-Real-Transfer und geschickter Manipulation. Außerdem verfolge ich World Models. Reine Benchmark-Artikel brauche ich nicht.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>No library chosen</source>
        <translation>Keine Bibliothek gewählt</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>BibTeX, RIS, CSL JSON or zotero.sqlite. For you learns what you like from it, beside the topics; it is imported at Finish.</source>
        <translation>BibTeX, RIS, CSL JSON oder zotero.sqlite. „Für dich“ lernt daraus, neben den Themen, was Ihnen gefällt; importiert wird bei „Fertigstellen“.</translation>
    </message>
    <message>
        <source>Your library (optional)</source>
        <translation>Ihre Bibliothek (optional)</translation>
    </message>
    <message>
        <source>On Next, one request to %1 drafts the topics from your text, for you to edit.</source>
        <translation>Bei „Weiter“ entwirft eine Anfrage an %1 die Themen aus Ihrem Text, damit Sie sie bearbeiten können.</translation>
    </message>
    <message>
        <source>On Next, the topics are drafted here from your text&apos;s key phrases, for you to edit. With a model and its key (the previous step) the model drafts them.</source>
        <translation>Bei „Weiter“ werden die Themen hier aus den Schlüsselbegriffen Ihres Textes entworfen, damit Sie sie bearbeiten können. Mit einem Modell und seinem Schlüssel (vorheriger Schritt) entwirft sie das Modell.</translation>
    </message>
    <message>
        <source>Choose a Library</source>
        <translation>Bibliothek wählen</translation>
    </message>
    <message>
        <source>Libraries (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;Zotero database (zotero.sqlite);;All files (*)</source>
        <translation>Bibliotheken (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;Zotero-Datenbank (zotero.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1 Choose another, or go on without one.</source>
        <translation>Diese Datei kann nicht importiert werden: %1 Wählen Sie eine andere oder machen Sie ohne weiter.</translation>
    </message>
    <message>
        <source>%1 with %2 usable entries (of %3). Imported at Finish; For you then learns from them.</source>
        <translation>%1 mit %2 verwendbaren Einträgen (von %3). Importiert bei „Fertigstellen“; „Für dich“ lernt dann daraus.</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupModelPage</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Which language model scores the papers, or score offline by keyword overlap.</source>
        <translation>Welches Sprachmodell die Artikel bewertet, oder offline per Schlagwortüberschneidung bewerten.</translation>
    </message>
    <message>
        <source>%1 (on this computer, free)</source>
        <translation>%1 (auf diesem Computer, kostenlos)</translation>
    </message>
    <message>
        <source>Offline: keyword heuristic, no key and no cost</source>
        <translation>Offline: Schlagwort-Heuristik, kein Schlüssel und keine Kosten</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8000/v1</source>
        <translation>z. B. http://localhost:8000/v1</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Batching, prompts, prices and the connection test are in Settings → Model later.</source>
        <translation>Stapelverarbeitung, Prompts, Preise und der Verbindungstest finden sich später unter Einstellungen → Modell.</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>Schlüssel besorgen</translation>
    </message>
    <message>
        <source>Your %1 key; stored in the keychain at Finish</source>
        <translation>Ihr %1-Schlüssel; wird bei „Fertigstellen“ im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Offline scores come from the keyword overlap of each paper with your topics: no key, no network, no cost, and much less judgement than a language model.</source>
        <translation>Offline-Bewertungen ergeben sich aus der Schlagwortüberschneidung jedes Artikels mit Ihren Themen: kein Schlüssel, kein Netzwerk, keine Kosten und viel weniger Urteilsvermögen als ein Sprachmodell.</translation>
    </message>
    <message>
        <source>A server on this computer needs no key.</source>
        <translation>Ein Server auf diesem Computer braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>PAPERDESK_API_KEY is set: Paperdesk uses it, whatever the keychain holds.</source>
        <translation>PAPERDESK_API_KEY ist gesetzt: Paperdesk verwendet ihn, egal was im Schlüsselbund liegt.</translation>
    </message>
    <message>
        <source>No keychain is available, so no key can be stored: set PAPERDESK_API_KEY instead.</source>
        <translation>Kein Schlüsselbund verfügbar, daher kann kein Schlüssel gespeichert werden: setzen Sie stattdessen PAPERDESK_API_KEY.</translation>
    </message>
    <message>
        <source>The key goes to the system keychain when you click Finish, never to a file.</source>
        <translation>Der Schlüssel kommt in den Schlüsselbund des Systems, wenn Sie auf „Fertigstellen“ klicken, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>A key for %1 is already in the keychain; type one only to replace it.</source>
        <translation>Für %1 liegt bereits ein Schlüssel im Schlüsselbund; geben Sie nur dann einen ein, wenn Sie ihn ersetzen wollen.</translation>
    </message>
    <message>
        <source>Optional now: without a key Paperdesk asks for one when it first scores. The key goes to the system keychain at Finish, never to a file.</source>
        <translation>Jetzt optional: Ohne Schlüssel fragt Paperdesk beim ersten Bewerten danach. Der Schlüssel kommt bei „Fertigstellen“ in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <source>The offline heuristic costs nothing.</source>
        <translation>Die Offline-Heuristik kostet nichts.</translation>
    </message>
    <message>
        <source>A model on this computer costs nothing but its time.</source>
        <translation>Ein Modell auf diesem Computer kostet nichts außer seiner Zeit.</translation>
    </message>
    <message>
        <source>An estimated daily cost shows here once a day has been fetched.</source>
        <translation>Geschätzte Tageskosten erscheinen hier, sobald ein Tag abgerufen wurde.</translation>
    </message>
    <message>
        <source>An estimated daily cost shows here once a day of the chosen categories has been fetched.</source>
        <translation>Geschätzte Tageskosten erscheinen hier, sobald ein Tag der gewählten Kategorien abgerufen wurde.</translation>
    </message>
    <message>
        <source>About %1 papers a day. The price of %2 is not known, so neither is the cost: add its price in Settings → Model.</source>
        <translation>Etwa %1 Artikel pro Tag. Der Preis von %2 ist nicht bekannt, daher auch nicht die Kosten: tragen Sie seinen Preis unter Einstellungen → Modell ein.</translation>
    </message>
    <message>
        <source>About %1 a day with %2, for the %3 papers a day your categories had on the stored days (%4 requests, without prompt caching).</source>
        <translation>Etwa %1 pro Tag mit %2, für die %3 Artikel pro Tag, die Ihre Kategorien an den gespeicherten Tagen hatten (%4 Anfragen, ohne Prompt-Caching).</translation>
    </message>
    <message numerus="yes">
        <source>About %1 for %n day(s) with %2, at %3 a day for about %4 papers.</source>
        <translation>
            <numerusform>Etwa %1 für %n Tag mit %2, bei %3 pro Tag für etwa %4 Artikel.</numerusform>
            <numerusform>Etwa %1 für %n Tage mit %2, bei %3 pro Tag für etwa %4 Artikel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupTopicsPage</name>
    <message>
        <source>Your Topics</source>
        <translation>Ihre Themen</translation>
    </message>
    <message>
        <source>Drafted from your description. Edit, add or remove them; Skip keeps the reference topics.</source>
        <translation>Aus Ihrer Beschreibung entworfen. Bearbeiten, ergänzen oder entfernen Sie sie; „Überspringen“ behält die Referenzthemen.</translation>
    </message>
    <message>
        <source>Asking %1 to draft topics from your description…</source>
        <translation>%1 wird gebeten, Themen aus Ihrer Beschreibung zu entwerfen…</translation>
    </message>
    <message>
        <source>Drafting topics from your description…</source>
        <translation>Themen werden aus Ihrer Beschreibung entworfen…</translation>
    </message>
    <message>
        <source>Your description gave no key phrases to draft from. Add topics here, go Back and say more, or Skip to keep the reference topics.</source>
        <translation>Ihre Beschreibung enthielt keine Schlüsselbegriffe, aus denen sich Themen entwerfen ließen. Fügen Sie hier Themen hinzu, gehen Sie „Zurück“ und schreiben Sie mehr, oder wählen Sie „Überspringen“, um die Referenzthemen zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 drafted %n topic(s) from your description, for about %2. Edit them as you like.</source>
        <translation>
            <numerusform>%1 hat %n Thema aus Ihrer Beschreibung entworfen, für etwa %2. Bearbeiten Sie es nach Belieben.</numerusform>
            <numerusform>%1 hat %n Themen aus Ihrer Beschreibung entworfen, für etwa %2. Bearbeiten Sie sie nach Belieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drafted %n topic(s) from your description. Edit them as you like.</source>
        <translation>
            <numerusform>%1 hat %n Thema aus Ihrer Beschreibung entworfen. Bearbeiten Sie es nach Belieben.</numerusform>
            <numerusform>%1 hat %n Themen aus Ihrer Beschreibung entworfen. Bearbeiten Sie sie nach Belieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) drafted from your description&apos;s key phrases: a start to edit, with the Keep and Filter texts in your own words.</source>
        <translation>
            <numerusform>%n Thema aus den Schlüsselbegriffen Ihrer Beschreibung entworfen: ein Anfang zum Bearbeiten, mit den Texten für Behalten und Filter in Ihren eigenen Worten.</numerusform>
            <numerusform>%n Themen aus den Schlüsselbegriffen Ihrer Beschreibung entworfen: ein Anfang zum Bearbeiten, mit den Texten für Behalten und Filter in Ihren eigenen Worten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupWizard</name>
    <message>
        <source>Set Up Paperdesk</source>
        <translation>Paperdesk einrichten</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Leave this step as it is and go on</source>
        <translation>Diesen Schritt unverändert lassen und weitermachen</translation>
    </message>
    <message>
        <source>&amp;Skip and Finish</source>
        <translation>Ü&amp;berspringen und fertigstellen</translation>
    </message>
    <message>
        <source>These settings cannot be used yet: %1

Go back to the step it names, or skip it to keep what was there.</source>
        <translation>Diese Einstellungen können noch nicht verwendet werden: %1

Gehen Sie zurück zu dem genannten Schritt oder überspringen Sie ihn, um das Bisherige zu behalten.</translation>
    </message>
    <message>
        <source>The key was not stored. %1

Clear the key on the Model step to finish without it, or Cancel.</source>
        <translation>Der Schlüssel wurde nicht gespeichert. %1

Leeren Sie den Schlüssel im Schritt „Modell“, um ohne ihn fertigzustellen, oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>pd::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>pd::ui::TopicTreeModel</name>
    <message>
        <source>All scanned</source>
        <translation>Alle geprüften</translation>
    </message>
    <message>
        <source>Every paper the prefilter kept</source>
        <translation>Jeder Artikel, den der Vorfilter behalten hat</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <source>Papers the model tagged as the day&apos;s buzz, whatever your topics</source>
        <translation>Artikel, die das Modell als Tagesthema markiert hat, unabhängig von Ihren Themen</translation>
    </message>
    <message>
        <source>Broadly important to the day</source>
        <translation>Für den Tag allgemein wichtig</translation>
    </message>
    <message>
        <source>Opens a new direction</source>
        <translation>Eröffnet eine neue Richtung</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Gemerkt</translation>
    </message>
    <message>
        <source>Papers you starred</source>
        <translation>Von Ihnen gemerkte Artikel</translation>
    </message>
    <message>
        <source>Failed / unscored</source>
        <translation>Fehlgeschlagen / unbewertet</translation>
    </message>
    <message>
        <source>Papers without a score under this profile: run scoring again to fill them in</source>
        <translation>Artikel ohne Bewertung unter diesem Profil: bewerten Sie erneut, um sie zu ergänzen</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Gefiltert</translation>
    </message>
    <message>
        <source>Papers the prefilter left out before scoring</source>
        <translation>Artikel, die der Vorfilter vor der Bewertung ausgelassen hat</translation>
    </message>
    <message>
        <source>Relevance ≥ %1 and novelty ≥ %2, scores made under earlier settings included</source>
        <translation>Relevanz ≥ %1 und Neuheit ≥ %2, Bewertungen früherer Einstellungen eingeschlossen</translation>
    </message>
    <message>
        <source>%1 (%2, %3 unread)</source>
        <translation>%1 (%2, %3 ungelesen)</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Für dich</translation>
    </message>
    <message>
        <source>Papers close to what you liked (For you ≥ %1) that the model did not find relevant: the ones it may have missed</source>
        <translation>Artikel nahe an dem, was Ihnen gefallen hat (Für dich ≥ %1), die das Modell nicht als relevant eingestuft hat: die, die es übersehen haben könnte</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>New versions of papers you starred, liked or wrote a note on; they are never filtered</source>
        <translation>Neue Versionen von Artikeln, die Sie markiert, mit „Gefällt mir“ versehen oder kommentiert haben; sie werden nie gefiltert</translation>
    </message>
</context>
<context>
    <name>pd::ui::TreeCountDelegate</name>
    <message>
        <source>%1 / %2</source>
        <comment>unread / papers under a tree node</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::DailyPage</name>
    <message>
        <source>&amp;Fetch and score automatically after each announcement</source>
        <translation>Nach jeder Ankündigung automatisch &amp;abrufen und bewerten</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a run is done</source>
        <translation>Eine Desktop-&amp;Benachrichtigung zeigen, wenn ein Lauf fertig ist</translation>
    </message>
    <message>
        <source>Daily run</source>
        <translation>Täglicher Lauf</translation>
    </message>
    <message>
        <source>&amp;At (local time):</source>
        <translation>&amp;Um (Ortszeit):</translation>
    </message>
    <message>
        <source>It runs while Paperdesk is open or in the system tray, and catches up once at start when a run was missed. For runs while Paperdesk is closed, use a systemd timer: paperdesk schedule install</source>
        <translation>Er läuft, während Paperdesk geöffnet oder im Infobereich ist, und holt einen verpassten Lauf beim Start einmal nach. Für Läufe bei geschlossenem Paperdesk nutzen Sie einen systemd-Timer: paperdesk schedule install</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&quot;21 April: 33 relevant, 3 hot ($1.32)&quot;. Clicking it opens the day.</source>
        <translation>„21. April: 33 relevant, 3 heiß ($1.32)“. Ein Klick darauf öffnet den Tag.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Runs on their own after arXiv&apos;s announcement, and tells you when they are done.</source>
        <translation>Läufe von selbst nach der arXiv-Ankündigung, mit Nachricht, wenn sie fertig sind.</translation>
    </message>
    <message>
        <source>That is %1 in New York. arXiv announces at 20:00 New York time (%2 here), Sunday to Thursday; the run fetches the announcement that came out before it.</source>
        <translation>Das ist %1 in New York. arXiv kündigt sonntags bis donnerstags um 20:00 New Yorker Zeit an (hier %2); der Lauf holt die Ankündigung, die vor ihm erschienen ist.</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::ModelPage</name>
    <message>
        <source>Offline heuristic</source>
        <translation>Offline-Heuristik</translation>
    </message>
    <message>
        <source> papers</source>
        <translation> Artikel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Papers per request. Smaller batches cost more prompt tokens; larger ones risk answers cut off at the model&apos;s output limit.</source>
        <translation>Artikel pro Anfrage. Kleinere Stapel kosten mehr Prompt-Token; größere riskieren Antworten, die am Ausgabelimit des Modells abgeschnitten werden.</translation>
    </message>
    <message>
        <source>Requests sent at the same time.</source>
        <translation>Gleichzeitig gesendete Anfragen.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Stapel&amp;größe:</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Re&amp;tries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Set Key…</source>
        <translation>Schlüssel festlegen…</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>API key and connection</source>
        <translation>API-Schlüssel und Verbindung</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Prices in dollars per million tokens</source>
        <translation>Preise in Dollar pro Million Token</translation>
    </message>
    <message>
        <source>Which language model scores the papers, how it is called, and what it costs.</source>
        <translation>Welches Sprachmodell die Artikel bewertet, wie es aufgerufen wird und was es kostet.</translation>
    </message>
    <message>
        <source>Base URL: “%1” is not an http(s) URL.</source>
        <translation>Basis-URL: „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Model: name the model to use, such as gpt-5.4.</source>
        <translation>Modell: geben Sie das zu verwendende Modell an, etwa gpt-5.4.</translation>
    </message>
    <message>
        <source>The offline heuristic needs no key.</source>
        <translation>Die Offline-Heuristik braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>PAPERDESK_API_KEY is set and overrides the keychain.</source>
        <translation>PAPERDESK_API_KEY ist gesetzt und hat Vorrang vor dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>es wurde kein Schlüsselbunddienst gefunden</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Set API Key</source>
        <translation>API-Schlüssel festlegen</translation>
    </message>
    <message>
        <source>API key for %1. It goes to the system keychain and is never shown again:</source>
        <translation>API-Schlüssel für %1. Er wird im Schlüsselbund des Systems abgelegt und nie wieder angezeigt:</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Removing the key from the keychain…</source>
        <translation>Der Schlüssel wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist ein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The offline heuristic runs on this computer; there is nothing to connect to.</source>
        <translation>Die Offline-Heuristik läuft auf diesem Computer; es gibt nichts, womit verbunden werden müsste.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Costs of a run are tokens × these prices; cached prompt tokens are those the provider served from its cache.</source>
        <translation>Die Kosten eines Laufs sind Token × diese Preise; zwischengespeicherte Prompt-Token sind die, die der Anbieter aus seinem Cache geliefert hat.</translation>
    </message>
    <message>
        <source>No prices for %1: costs will show as unknown until you add a row.</source>
        <translation>Keine Preise für %1: die Kosten werden als unbekannt angezeigt, bis Sie eine Zeile hinzufügen.</translation>
    </message>
    <message>
        <source>the Anthropic Messages API</source>
        <translation>die Anthropic-Messages-API</translation>
    </message>
    <message>
        <source>the OpenAI-compatible Chat Completions API</source>
        <translation>die OpenAI-kompatible Chat-Completions-API</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>extra high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Models this provider serves that suit scoring; you may type any other.</source>
        <translation>Modelle dieses Anbieters, die sich zum Bewerten eignen; Sie können auch jedes andere eingeben.</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Send no temperature: the model uses its own default.</source>
        <translation>Keine Temperatur senden: Das Modell verwendet seinen eigenen Standardwert.</translation>
    </message>
    <message>
        <source>How long the model may think before it answers.</source>
        <translation>Wie lange das Modell nachdenken darf, bevor es antwortet.</translation>
    </message>
    <message>
        <source>Reasoning tokens are billed as completion tokens.</source>
        <translation>Denk-Tokens werden als Antwort-Tokens abgerechnet.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain (one for the OpenAI-compatible providers, one for Anthropic) and is never shown, logged or written to a file. The environment variable PAPERDESK_API_KEY, when set, is used instead.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund des Systems (einer für die OpenAI-kompatiblen Anbieter, einer für Anthropic) und wird nie angezeigt, protokolliert oder in eine Datei geschrieben. Ist die Umgebungsvariable PAPERDESK_API_KEY gesetzt, wird stattdessen sie verwendet.</translation>
    </message>
    <message>
        <source>a server you name</source>
        <translation>einem Server Ihrer Wahl</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Keyword overlap with your topics: no network, no key, no language model.</source>
        <translation>Stichwortüberschneidung mit Ihren Themen: kein Netz, kein Schlüssel, kein Sprachmodell.</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8000/v1</source>
        <translation>z. B. http://localhost:8000/v1</translation>
    </message>
    <message>
        <source>the model id your server serves</source>
        <translation>die Modell-ID, die Ihr Server anbietet</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Test Connection sends the request a scoring run sends, for one made-up paper, with the settings above.</source>
        <translation>„Verbindung testen“ sendet die Anfrage, die ein Bewertungslauf sendet, für ein erfundenes Paper mit den Einstellungen oben.</translation>
    </message>
    <message>
        <source>No key needed: the offline heuristic scores by keyword overlap with your topics, not with a language model.</source>
        <translation>Kein Schlüssel nötig: Die Offline-Heuristik bewertet nach Stichwortüberschneidung mit Ihren Themen, nicht mit einem Sprachmodell.</translation>
    </message>
    <message>
        <source>No key needed: a server on this computer.</source>
        <translation>Kein Schlüssel nötig: ein Server auf diesem Computer.</translation>
    </message>
    <message>
        <source>Needs an API key: get one at %1.</source>
        <translation>Braucht einen API-Schlüssel: Sie erhalten ihn unter %1.</translation>
    </message>
    <message>
        <source>Needs the API key your server expects.</source>
        <translation>Braucht den API-Schlüssel, den Ihr Server erwartet.</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message>
        <source>%1 uses its fixed temperature.</source>
        <translation>%1 verwendet seine feste Temperatur.</translation>
    </message>
    <message>
        <source>%1 takes a temperature only with reasoning “%2”.</source>
        <translation>%1 nimmt eine Temperatur nur beim Denkaufwand „%2“.</translation>
    </message>
    <message>
        <source>%1 takes 0 to %2.</source>
        <translation>%1 nimmt 0 bis %2.</translation>
    </message>
    <message>
        <source>Cheapest (%1)</source>
        <translation>Am günstigsten (%1)</translation>
    </message>
    <message>
        <source>%1 (the provider&apos;s default)</source>
        <translation>%1 (Standard des Anbieters)</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 Prompt- + %2 Antwort-Tokens</translation>
    </message>
    <message>
        <source>%1 (%2 reasoning)</source>
        <translation>%1 (davon %2 fürs Nachdenken)</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms: %3; %4, %5.</source>
        <translation>Verbunden mit %1 in %2 ms: %3; %4, %5.</translation>
    </message>
    <message>
        <source>%1 runs on a server of yours: it costs nothing.</source>
        <translation>%1 läuft auf einem eigenen Server: Es kostet nichts.</translation>
    </message>
    <message>
        <source>%1 is billed at its list price (%2 prompt, %3 completion per million tokens, as of %4) unless you add a row.</source>
        <translation>%1 wird zum Listenpreis abgerechnet (%2 Prompt, %3 Antwort je Million Tokens, Stand %4), solange Sie keine Zeile hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort:</source>
        <translation>&amp;Denkaufwand:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A day&apos;s scoring ends after this long, whatever the server does: requests still waiting are stopped and their papers marked failed with the reason, to be scored by the next run.</source>
        <translation>Die Bewertung eines Tages endet nach dieser Zeit, was auch immer der Server tut: noch wartende Anfragen werden beendet und ihre Arbeiten mit dem Grund als fehlgeschlagen markiert; der nächste Lauf bewertet sie.</translation>
    </message>
    <message>
        <source>Dead&amp;line per day:</source>
        <translation>&amp;Frist pro Tag:</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::PriceTable</name>
    <message>
        <source>as prompt</source>
        <translation>wie Prompt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Cached prompt</source>
        <translation>Zwischengespeicherter Prompt</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Anthropic bills writing its prompt cache at a premium; 0 means at the prompt price.</source>
        <translation>Anthropic berechnet das Schreiben in seinen Prompt-Cache mit Aufschlag; 0 heißt zum Prompt-Preis.</translation>
    </message>
    <message>
        <source>Prices, row %1: name the model the prices are for.</source>
        <translation>Preise, Zeile %1: geben Sie das Modell an, für das die Preise gelten.</translation>
    </message>
    <message>
        <source>Prices, row %1 (%2): a price must be between 0 and %3 dollars.</source>
        <translation>Preise, Zeile %1 (%2): ein Preis muss zwischen 0 und %3 Dollar liegen.</translation>
    </message>
    <message>
        <source>Prices, row %1: %2 already has prices in row %3.</source>
        <translation>Preise, Zeile %1: %2 hat bereits Preise in Zeile %3.</translation>
    </message>
    <message>
        <source>The list price from Paperdesk&apos;s model catalog; edit it if yours differs.</source>
        <translation>Der Listenpreis aus dem Modellkatalog von Paperdesk; ändern Sie ihn, falls Ihrer abweicht.</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::PromptPage</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Output rules</source>
        <translation>Ausgaberegeln</translation>
    </message>
    <message>
        <source>Sent as the system message: who the model is and what it is for.</source>
        <translation>Wird als Systemnachricht gesendet: wer das Modell ist und wofür es da ist.</translation>
    </message>
    <message>
        <source>Opens the user prompt, before the list of topics.</source>
        <translation>Eröffnet den Benutzer-Prompt, vor der Liste der Themen.</translation>
    </message>
    <message>
        <source>What usually belongs to the daily hotspot feed rather than your topics.</source>
        <translation>Was üblicherweise in den täglichen Hotspot-Feed gehört statt zu Ihren Themen.</translation>
    </message>
    <message>
        <source>How to score relevance and novelty from 1 to 10.</source>
        <translation>Wie Relevanz und Neuheit von 1 bis 10 bewertet werden.</translation>
    </message>
    <message>
        <source>Rules for the answer&apos;s fields. The JSONL format itself is fixed, because Paperdesk reads it.</source>
        <translation>Regeln für die Felder der Antwort. Das JSONL-Format selbst ist fest, weil Paperdesk es einliest.</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Replace this part with Paperdesk&apos;s built-in text</source>
        <translation>Diesen Teil durch den eingebauten Text von Paperdesk ersetzen</translation>
    </message>
    <message>
        <source>Preview: the user prompt for a sample batch of %1 papers</source>
        <translation>Vorschau: der Benutzer-Prompt für einen Beispielstapel von %1 Artikeln</translation>
    </message>
    <message>
        <source>The system prompt is sent with it as the system message; the papers are made up.</source>
        <translation>Der System-Prompt wird als Systemnachricht mitgesendet; die Artikel sind erfunden.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>How the model is asked to judge each paper.</source>
        <translation>Wie das Modell gebeten wird, jeden Artikel zu beurteilen.</translation>
    </message>
    <message>
        <source>About %1 tokens for this batch: %2 for the system prompt and the instructions, %3 per paper.</source>
        <translation>Etwa %1 Token für diesen Stapel: %2 für den System-Prompt und die Anweisungen, %3 pro Artikel.</translation>
    </message>
    <message>
        <source>The offline heuristic scores for free.</source>
        <translation>Die Offline-Heuristik bewertet kostenlos.</translation>
    </message>
    <message>
        <source>the %1 papers scanned on the last fetched day</source>
        <translation>die %1 geprüften Artikel des zuletzt abgerufenen Tages</translation>
    </message>
    <message>
        <source>a typical day of %1 papers</source>
        <translation>ein typischer Tag mit %1 Artikeln</translation>
    </message>
    <message>
        <source>%1 requests, about %2 prompt and %3 completion tokens</source>
        <translation>%1 Anfragen, etwa %2 Prompt- und %3 Antwort-Token</translation>
    </message>
    <message>
        <source>Scoring %1 with %2: %3. The cost is unknown: add a price row for %2 on the Model page.</source>
        <translation>Bewertung von %1 mit %2: %3. Die Kosten sind unbekannt: fügen Sie auf der Seite „Modell“ eine Preiszeile für %2 hinzu.</translation>
    </message>
    <message>
        <source>Scoring %1 with %2: %3, about %4 (without prompt caching).</source>
        <translation>Bewertung von %1 mit %2: %3, etwa %4 (ohne Prompt-Caching).</translation>
    </message>
    <message>
        <source>(%1 characters per token, as %2 counted them on earlier runs.)</source>
        <translation>(%1 Zeichen pro Token, wie %2 sie bei früheren Läufen gezählt hat.)</translation>
    </message>
    <message>
        <source>%1 of %2 in budget mode (top %3% by For you%4)</source>
        <translation>%1 von %2 im Sparmodus (beste %3 % nach „Für dich“%4)</translation>
    </message>
    <message>
        <source>, saving about %1 a day</source>
        <translation>, spart etwa %1 pro Tag</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::ReadingPage</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Relevant papers</source>
        <translation>Relevante Artikel</translation>
    </message>
    <message>
        <source>Minimum &amp;relevance:</source>
        <translation>Mindest-&amp;Relevanz:</translation>
    </message>
    <message>
        <source>Minimum &amp;novelty:</source>
        <translation>Mindest-&amp;Neuheit:</translation>
    </message>
    <message>
        <source>A paper is relevant when both scores reach these values. Changing them re-sorts the day at once; nothing is scored again.</source>
        <translation>Ein Artikel ist relevant, wenn beide Werte diese Schwellen erreichen. Eine Änderung sortiert den Tag sofort neu; es wird nichts neu bewertet.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Which papers count as relevant, and how Paperdesk looks.</source>
        <translation>Welche Artikel als relevant gelten und wie Paperdesk aussieht.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::RunOptions</name>
    <message>
        <source>Comments and run mode</source>
        <translation>Kommentare und Ausführungsmodus</translation>
    </message>
    <message>
        <source>relevant papers (two passes, cheaper)</source>
        <translation>relevante Artikel (zwei Durchgänge, günstiger)</translation>
    </message>
    <message>
        <source>every paper (single pass, today&apos;s format)</source>
        <translation>jeden Artikel (ein Durchgang, bisheriges Format)</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>overnight batch (half price; usually minutes, at most 24 h)</source>
        <translation>Batch über Nacht (halber Preis; meist einige Minuten, höchstens 24 h)</translation>
    </message>
    <message>
        <source> papers</source>
        <translation> Artikel</translation>
    </message>
    <message>
        <source>Papers per request in batch mode. Nobody waits for a batch, so larger requests cost less.</source>
        <translation>Artikel pro Anfrage im Batch-Modus. Auf einen Batch wartet niemand, daher kosten größere Anfragen weniger.</translation>
    </message>
    <message>
        <source>Co&amp;mments for:</source>
        <translation>&amp;Kommentare für:</translation>
    </message>
    <message>
        <source>R&amp;un mode:</source>
        <translation>&amp;Ausführungsmodus:</translation>
    </message>
    <message>
        <source>O&amp;vernight batch size:</source>
        <translation>Stapelgröße über &amp;Nacht:</translation>
    </message>
    <message>
        <source>This provider has no Batch API: runs are immediate.</source>
        <translation>Dieser Anbieter hat keine Batch-API: Läufe erfolgen sofort.</translation>
    </message>
    <message>
        <source>%1 has no Batch API: runs are immediate.</source>
        <translation>%1 hat keine Batch-API: Läufe erfolgen sofort.</translation>
    </message>
    <message>
        <source>The offline heuristic asks no model: it scores on this computer.</source>
        <translation>Die Offline-Heuristik fragt kein Modell: Sie bewertet auf diesem Computer.</translation>
    </message>
    <message>
        <source>Batch mode sends the day through the provider&apos;s Batch API at half price; the scores arrive when the batch is done.</source>
        <translation>Der Batch-Modus sendet den Tag zum halben Preis über die Batch-API des Anbieters; die Bewertungen treffen ein, wenn der Batch fertig ist.</translation>
    </message>
    <message>
        <source>Two passes: every paper gets its scores in a short reply, and only papers that pass your thresholds or carry a hotspot tag are asked for the comment. A single pass asks every paper for the full record.</source>
        <translation>Zwei Durchgänge: Jeder Artikel erhält seine Bewertungen in einer kurzen Antwort, und nur für Artikel, die Ihre Schwellenwerte erreichen oder ein Hotspot-Tag tragen, wird der Kommentar angefragt. Ein einzelner Durchgang fragt für jeden Artikel den vollständigen Datensatz ab.</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Load a profile JSON file (the format of “paperdesk profile export”)</source>
        <translation>Eine Profil-JSON-Datei laden (im Format von „paperdesk profile export“)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the profile as shown here to a JSON file</source>
        <translation>Das Profil, wie hier angezeigt, in eine JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Could not save the settings to %1. Check that the folder is writable.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Re-score?</source>
        <translation>Neu bewerten?</translation>
    </message>
    <message>
        <source>Scores made with the old settings are kept; re-score this day?</source>
        <translation>Mit den alten Einstellungen erstellte Bewertungen bleiben erhalten; diesen Tag neu bewerten?</translation>
    </message>
    <message>
        <source>The topics, the prompt or the model changed, so new scores are needed to see which papers enter or leave your relevant set.</source>
        <translation>Die Themen, der Prompt oder das Modell haben sich geändert; neue Bewertungen sind nötig, um zu sehen, welche Artikel in Ihre relevante Menge aufgenommen werden oder sie verlassen.</translation>
    </message>
    <message>
        <source>Re-score</source>
        <translation>Neu bewerten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Imported %1. Press OK or Apply to use it.</source>
        <translation>%1 importiert. Drücken Sie OK oder Anwenden, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Exported the profile to %1.</source>
        <translation>Profil nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Paperdesk profile (*.json);;All files (*)</source>
        <translation>Paperdesk-Profil (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Paperdesk profile (*.json)</source>
        <translation>Paperdesk-Profil (*.json)</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::SourcesPage</name>
    <message>
        <source>Type a code or a name, e.g. cs.LG</source>
        <translation>Code oder Namen eingeben, z. B. cs.LG</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>One RSS request covers them all. An archive such as “cs” takes every category in it.</source>
        <translation>Eine RSS-Anfrage deckt alle ab. Ein Archiv wie „cs“ umfasst jede Kategorie darin.</translation>
    </message>
    <message>
        <source>New submissions</source>
        <translation>Neue Einreichungen</translation>
    </message>
    <message>
        <source>Cross-lists from other categories</source>
        <translation>Cross-Lists aus anderen Kategorien</translation>
    </message>
    <message>
        <source>Replaced (new versions)</source>
        <translation>Ersetzt (neue Versionen)</translation>
    </message>
    <message>
        <source>Replaced cross-lists</source>
        <translation>Ersetzte Cross-Lists</translation>
    </message>
    <message>
        <source>Announce types to score</source>
        <translation>Zu bewertende Ankündigungstypen</translation>
    </message>
    <message>
        <source>One name per line, e.g. Yoshua Bengio</source>
        <translation>Ein Name pro Zeile, z. B. Yoshua Bengio</translation>
    </message>
    <message>
        <source>One keyword or phrase per line</source>
        <translation>Ein Schlagwort oder eine Wendung pro Zeile</translation>
    </message>
    <message>
        <source>Followed authors</source>
        <translation>Gefolgte Autoren</translation>
    </message>
    <message>
        <source>Their papers are always scored, whatever the filters say.</source>
        <translation>Ihre Artikel werden immer bewertet, was auch immer die Filter sagen.</translation>
    </message>
    <message>
        <source>Exclude keywords</source>
        <translation>Schlagwörter ausschließen</translation>
    </message>
    <message>
        <source>Papers whose title or abstract has one of these as a whole word are not scored.</source>
        <translation>Artikel, deren Titel oder Abstract eines davon als ganzes Wort enthält, werden nicht bewertet.</translation>
    </message>
    <message>
        <source>arXiv endpoints</source>
        <translation>arXiv-Endpunkte</translation>
    </message>
    <message>
        <source>&amp;RSS base URL:</source>
        <translation>&amp;RSS-Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>&amp;API-Basis-URL:</translation>
    </message>
    <message>
        <source>Change these only for a mirror or a test server.</source>
        <translation>Ändern Sie diese nur für einen Spiegelserver oder einen Testserver.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>What to fetch from arXiv each day, and what to leave out before scoring.</source>
        <translation>Was täglich von arXiv abgerufen wird und was vor der Bewertung ausgelassen wird.</translation>
    </message>
    <message>
        <source>Categories: add at least one arXiv category, such as cs.LG.</source>
        <translation>Kategorien: fügen Sie mindestens eine arXiv-Kategorie hinzu, etwa cs.LG.</translation>
    </message>
    <message>
        <source>Categories: “%1” is not an arXiv category. Pick one from the list, such as cs.LG.</source>
        <translation>Kategorien: „%1“ ist keine arXiv-Kategorie. Wählen Sie eine aus der Liste, etwa cs.LG.</translation>
    </message>
    <message>
        <source>Announce types: keep at least one announce type.</source>
        <translation>Ankündigungstypen: behalten Sie mindestens einen Ankündigungstyp.</translation>
    </message>
    <message>
        <source>RSS base URL: “%1” is not an http(s) URL.</source>
        <translation>RSS-Basis-URL: „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>API base URL: “%1” is not an http(s) URL.</source>
        <translation>API-Basis-URL: „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>%1 — not an arXiv category</source>
        <translation>%1 — keine arXiv-Kategorie</translation>
    </message>
    <message>
        <source>&amp;Budget mode: the model scores only the papers For you ranks in the top</source>
        <translation>&amp;Sparmodus: Das Modell bewertet nur die Artikel, die „Für dich“ ganz oben einordnet, die besten</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>The others are filtered when a day is fetched, with the rule named; followed authors are always scored. It needs five liked papers; until then every kept paper is scored.</source>
        <translation>Die übrigen werden beim Abrufen eines Tages gefiltert, mit Nennung der Regel; Artikel gefolgter Autoren werden immer bewertet. Dafür sind fünf Artikel mit „Gefällt mir“ nötig; bis dahin wird jeder behaltene Artikel bewertet.</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::StoragePage</name>
    <message>
        <source>PAPERDESK_DATABASE is set in the environment and overrides this choice while it is.</source>
        <translation>PAPERDESK_DATABASE ist in der Umgebung gesetzt und hat Vorrang vor dieser Wahl, solange es gesetzt ist.</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Was geteilt wird</translation>
    </message>
    <message>
        <source>In a shared database, papers, days, scores, runs and the group profile are everyone&apos;s. Reading state, stars, notes, reactions and the For you model are each reader&apos;s own: a reader is the database role you log in as, or the name after ?reader= in the connection string (postgresql://lab@db.lab.example/paperdesk?reader=alice).</source>
        <translation>In einer gemeinsamen Datenbank gehören Artikel, Tage, Bewertungen, Läufe und das Gruppenprofil allen. Lesestand, Sterne, Notizen, Reaktionen und das Modell von „Für dich“ gehören jeder Leserin und jedem Leser selbst: Das ist die Datenbankrolle, mit der Sie sich anmelden, oder der Name nach ?reader= in der Verbindungsangabe (postgresql://lab@db.lab.example/paperdesk?reader=alice).</translation>
    </message>
    <message>
        <source>A change of database takes effect the next time Paperdesk starts.</source>
        <translation>Ein Wechsel der Datenbank wird beim nächsten Start von Paperdesk wirksam.</translation>
    </message>
    <message>
        <source>This &amp;computer (SQLite file in the data folder)</source>
        <translation>Dieser &amp;Computer (SQLite-Datei im Datenordner)</translation>
    </message>
    <message>
        <source>A &amp;shared PostgreSQL database</source>
        <translation>Eine gemein&amp;same PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect with the connection string and password above; a new database gets Paperdesk&apos;s tables.</source>
        <translation>Mit der Verbindungsangabe und dem Passwort oben verbinden; eine neue Datenbank erhält die Tabellen von Paperdesk.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Where papers, scores and your reading are kept: on this computer, or in a database your group shares.</source>
        <translation>Wo Artikel, Bewertungen und Ihr Lesestand aufbewahrt werden: auf diesem Computer oder in einer Datenbank, die Ihre Gruppe teilt.</translation>
    </message>
    <message>
        <source>Enter the address of the shared database, such as postgresql://alice@db.lab.example/paperdesk.</source>
        <translation>Geben Sie die Adresse der gemeinsamen Datenbank ein, etwa postgresql://alice@db.lab.example/paperdesk.</translation>
    </message>
    <message>
        <source>A shared database is given as postgresql://user@host:port/database.</source>
        <translation>Eine gemeinsame Datenbank wird als postgresql://user@host:port/database angegeben.</translation>
    </message>
    <message>
        <source>Connection string: %1</source>
        <translation>Verbindungsangabe: %1</translation>
    </message>
    <message>
        <source>Password: no keychain is available to keep it. Leave it empty and put it in ~/.pgpass instead.</source>
        <translation>Passwort: Kein Schlüsselbund ist verfügbar, um es aufzubewahren. Lassen Sie das Feld leer und tragen Sie es stattdessen in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Goes to the system keychain at OK or Apply, never to settings.ini. Leave it empty to keep the stored one, or to let PostgreSQL read ~/.pgpass.</source>
        <translation>Wird bei OK oder Übernehmen im Schlüsselbund des Systems gespeichert, nie in settings.ini. Leer lassen, um das gespeicherte zu behalten oder PostgreSQL ~/.pgpass lesen zu lassen.</translation>
    </message>
    <message>
        <source>No keychain is available: put the password in ~/.pgpass.</source>
        <translation>Kein Schlüsselbund verfügbar: Tragen Sie das Passwort in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>Choose a shared database first.</source>
        <translation>Wählen Sie zuerst eine gemeinsame Datenbank.</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Das Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Connected; schema %1.</source>
        <translation>Verbunden; Schema %1.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::TopicsPage</name>
    <message>
        <source>Topic registry, as the prompt carries it</source>
        <translation>Themenverzeichnis, wie der Prompt es enthält</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a new topic</source>
        <translation>Ein neues Thema hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected topic</source>
        <translation>Eine Kopie des ausgewählten Themas hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Das ausgewählte Thema entfernen</translation>
    </message>
    <message>
        <source>Move the selected topic up</source>
        <translation>Das ausgewählte Thema nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected topic down</source>
        <translation>Das ausgewählte Thema nach unten verschieben</translation>
    </message>
    <message>
        <source>lower_case_id</source>
        <translation>id_in_kleinbuchstaben</translation>
    </message>
    <message>
        <source>The stable id the model answers with: a–z, 0–9 and _. Changing it starts new scores; old ones are kept.</source>
        <translation>Die feste ID, mit der das Modell antwortet: a–z, 0–9 und _. Eine Änderung beginnt neue Bewertungen; alte bleiben erhalten.</translation>
    </message>
    <message>
        <source>Shown in the topic tree and the digest</source>
        <translation>Wird im Themenbaum und in der Übersicht angezeigt</translation>
    </message>
    <message>
        <source>One line for the topic registry</source>
        <translation>Eine Zeile für das Themenverzeichnis</translation>
    </message>
    <message>
        <source>What papers of this topic are about</source>
        <translation>Worum es in Artikeln dieses Themas geht</translation>
    </message>
    <message>
        <source>What to leave out even if it looks related</source>
        <translation>Was ausgelassen werden soll, auch wenn es verwandt aussieht</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>B&amp;ehalten:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>What you read: the model scores every paper against these topics.</source>
        <translation>Was Sie lesen: das Modell bewertet jeden Artikel anhand dieser Themen.</translation>
    </message>
    <message>
        <source>Topics: add at least one topic.</source>
        <translation>Themen: legen Sie mindestens ein Thema an.</translation>
    </message>
    <message>
        <source>Topic %1, Id: a topic needs an id (a–z, 0–9 and _).</source>
        <translation>Thema %1, ID: ein Thema braucht eine ID (a–z, 0–9 und _).</translation>
    </message>
    <message>
        <source>Topic %1, Id: “%2” may only use lower-case letters a–z, digits 0–9 and _.</source>
        <translation>Thema %1, ID: „%2“ darf nur Kleinbuchstaben a–z, Ziffern 0–9 und _ verwenden.</translation>
    </message>
    <message>
        <source>Topic %1, Id: “%2” is already used by topic %3.</source>
        <translation>Thema %1, ID: „%2“ wird bereits von Thema %3 verwendet.</translation>
    </message>
    <message>
        <source>Topic %1 (%2), Label: a topic needs a label.</source>
        <translation>Thema %1 (%2), Bezeichnung: ein Thema braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Topic %1 (%2), Keep: say what to keep for this topic.</source>
        <translation>Thema %1 (%2), Behalten: geben Sie an, was für dieses Thema behalten werden soll.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>(no label: %1)</source>
        <translation>(keine Bezeichnung: %1)</translation>
    </message>
    <message>
        <source>Suggest from My Likes</source>
        <translation>Aus meinen „Gefällt mir“ vorschlagen</translation>
    </message>
    <message>
        <source>Draft a topic from the liked papers your topics do not cover yet</source>
        <translation>Ein Thema aus den gefallenen Artikeln entwerfen, die Ihre Themen noch nicht abdecken</translation>
    </message>
</context>
</TS>
