<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../charts/amounts.py" line="+27"/>
        <source>Daily amount and plan</source>
        <translation>Tagesmenge und Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses per day and time between doses</source>
        <translation>Dosen pro Tag und Abstand zwischen den Dosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken (counted toward the plan)</source>
        <translation>Genommen (zählt für den Plan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan: daily target</source>
        <translation>Plan: Tagesziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan: doses per day</source>
        <translation>Plan: Dosen pro Tag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High-potency grams</source>
        <translation>Hochpotente Gramm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High-potency capsules</source>
        <translation>Hochpotente Kapseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-potency mL</source>
        <translation>Hochpotente mL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High-potency shots</source>
        <translation>Hochpotente Shots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grams</source>
        <translation>Gramm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capsules</source>
        <translation>Kapseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shots</source>
        <translation>Shots</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Daily amount ({unit})</source>
        <translation>Tagesmenge ({unit})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Other products ({unit})</source>
        <translation>Andere Produkte ({unit})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other products (see key)</source>
        <translation>Andere Produkte (siehe Legende)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}, as taken ({unit})</source>
        <translation>{name}, wie genommen ({unit})</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <location filename="../domain/insights.py" line="+99"/>
        <source>Doses per day</source>
        <translation>Dosen pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours between doses (h)</source>
        <translation>Stunden zwischen den Dosen (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean interval (h)</source>
        <translation>Mittlerer Abstand (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest interval (h)</source>
        <translation>Längster Abstand (h)</translation>
    </message>
    <message>
        <location filename="../charts/checkins.py" line="+24"/>
        <location filename="../ui/summary_page.py" line="+47"/>
        <source>Withdrawal (SOWS)</source>
        <translation>Entzug (SOWS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/describe.py" line="+45"/>
        <location filename="../ui/summary_page.py" line="+1"/>
        <location filename="../ui/today_page.py" line="+50"/>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood, anxiety, pain and energy</source>
        <translation>Stimmung, Angst, Schmerzen und Energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOWS total (daily mean)</source>
        <translation>SOWS-Summe (Tagesmittel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context, after a step down or a stop: withdrawal often peaks days 1–3, fades by day 7 (varies)</source>
        <translation>Zur Einordnung, nach einer niedrigeren Stufe oder dem Aufhören: Entzug ist oft an Tag 1–3 am stärksten und klingt bis Tag 7 ab (individuell verschieden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/describe.py" line="-1"/>
        <location filename="../ui/today_page.py" line="-1"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SOWS total (0–{most})</source>
        <translation>SOWS-Summe (0–{most})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>after a step down</source>
        <translation>nach einer niedrigeren Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after stopping</source>
        <translation>nach dem Aufhören</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Total sleep (h)</source>
        <translation>Schlaf gesamt (h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Efficiency (%)</source>
        <translation>Schlafeffizienz (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Quality (1–5)</source>
        <translation>Qualität (1–5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Night of (the evening&apos;s date)</source>
        <translation>Nacht vom (Datum des Abends)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rating (0–10, daily mean)</source>
        <translation>Bewertung (0–10, Tagesmittel)</translation>
    </message>
    <message>
        <location filename="../charts/common.py" line="+25"/>
        <source>No data in this period</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/products_dialog.py" line="+41"/>
        <source>capsules</source>
        <translation>Kapseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/products_dialog.py" line="+2"/>
        <source>shots</source>
        <translation>Shots</translation>
    </message>
    <message>
        <location filename="../charts/cravings.py" line="+15"/>
        <source>Cravings by trigger and by hour</source>
        <translation>Suchtdruck nach Auslöser und nach Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other triggers</source>
        <translation>andere Auslöser</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cravings by trigger</source>
        <translation>Suchtdruck nach Auslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cravings (count)</source>
        <translation>Suchtdruck-Momente (Anzahl)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cravings by hour</source>
        <translation>Suchtdruck nach Uhrzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hour of day (0–23)</source>
        <translation>Uhrzeit (0–23 Uhr)</translation>
    </message>
    <message>
        <location filename="../charts/scores.py" line="+21"/>
        <location filename="../ui/summary_page.py" line="+2"/>
        <source>PHQ-9 and GAD-7</source>
        <translation>PHQ-9 und GAD-7</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} total (0–{most})</source>
        <translation>{name}-Summe (0–{most})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No {name} in this period</source>
        <translation>Kein {name} in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../domain/insights.py" line="-23"/>
        <source>Change since the plan started</source>
        <translation>Veränderung seit Planbeginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The taper plan has not started yet.</source>
        <translation>Der Ausschleichplan hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan&apos;s first week and {recent} still overlap; the change since the plan started shows once the plan has run {days} days.</source>
        <translation>Die erste Planwoche und {recent} überschneiden sich noch; die Veränderung seit Planbeginn erscheint, sobald der Plan {days} Tage läuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily amount</source>
        <translation>Tagesmenge</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Daily amount since the plan started</source>
        <translation>Tagesmenge seit Planbeginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses per day since the plan started</source>
        <translation>Dosen pro Tag seit Planbeginn</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{what}: no doses logged in the plan&apos;s first week or in {recent}.</source>
        <translation>{what}: keine Dosen erfasst, weder in der ersten Planwoche noch in {recent}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what}: {before} in the plan&apos;s first week ({days} with doses); no doses logged in {recent}.</source>
        <translation>{what}: {before} in der ersten Planwoche ({days} mit Dosen); keine Dosen erfasst in {recent}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}: no doses logged in the plan&apos;s first week; {after} in {recent} ({days} with doses).</source>
        <translation>{what}: keine Dosen erfasst in der ersten Planwoche; {after} in {recent} ({days} mit Dosen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}: {before} in the plan&apos;s first week, {after} in {recent}, {change} ({first_days} and {recent_days} with doses).</source>
        <translation>{what}: {before} in der ersten Planwoche, {after} in {recent}, {change} ({first_days} und {recent_days} mit Dosen).</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{percent} % less</source>
        <translation>{percent} % weniger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{percent} % more</source>
        <translation>{percent} % mehr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} fewer a day</source>
        <translation>{n} weniger pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} more a day</source>
        <translation>{n} mehr pro Tag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdrawal by step</source>
        <translation>Entzug nach Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No withdrawal (SOWS) ratings in this period.</source>
        <translation>Keine Entzugs-Bewertungen (SOWS) in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{step}: {average} ({ratings})</source>
        <translation>{step}: {average} ({ratings})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdrawal (SOWS, 0–64) average by step (the latest {n} of {total} shown): {steps}.</source>
        <translation>Entzug (SOWS, 0–64), Durchschnitt nach Stufe (die letzten {n} von {total} gezeigt): {steps}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal (SOWS, 0–64) average by step: {steps}.</source>
        <translation>Entzug (SOWS, 0–64), Durchschnitt nach Stufe: {steps}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>before the plan</source>
        <translation>vor dem Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {n}</source>
        <translation>Stufe {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the plan</source>
        <translation>nach dem Plan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cravings</source>
        <translation>Suchtdruck-Momente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>craving</source>
        <translation>Suchtdruck-Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggers noted with {plural}</source>
        <translation>Notierte Auslöser ({plural})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No {plural} logged in this period.</source>
        <translation>In diesem Zeitraum sind keine {plural} erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {singular} in this period has no trigger noted.</source>
        <translation>Für den einen Eintrag ({singular}) in diesem Zeitraum ist kein Auslöser notiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the {n} {plural} in this period has a trigger noted.</source>
        <translation>Bei keinem der {n} Einträge ({plural}) in diesem Zeitraum ist ein Auslöser notiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{trigger} ({count} of {total})</source>
        <translation>{trigger} ({count}; insgesamt: {total})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most often noted with {plural}: {triggers}.</source>
        <translation>Am häufigsten notierte Auslöser ({plural}): {triggers}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a removed trigger</source>
        <translation>ein entfernter Auslöser</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sleep around step changes</source>
        <translation>Schlaf rund um Stufenwechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No days in this period.</source>
        <translation>Keine Tage in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No lower step began in this period, so there is no sleep to compare.</source>
        <translation>In diesem Zeitraum hat keine niedrigere Stufe begonnen, daher gibt es keinen Schlaf zu vergleichen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enough sleep diaries around the {steps} in this period to compare ({before} before a lower step began, {after} after).</source>
        <translation>Zu wenige Schlaftagebücher rund um die Stufenwechsel in diesem Zeitraum ({steps}) für einen Vergleich ({before} vor Beginn einer niedrigeren Stufe, {after} danach).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sleep in the first {n} nights of each lower step: {after}; in the {n} nights before: {before}. {steps} in this period.</source>
        <translation>Schlaf in den ersten {n} Nächten jeder niedrigeren Stufe: {after}; in den {n} Nächten davor: {before}. Niedrigere Stufen in diesem Zeitraum: {steps}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{asleep} asleep on average, {efficiency} % efficiency ({nights})</source>
        <translation>im Schnitt {asleep} Schlaf, {efficiency} % Schlafeffizienz ({nights})</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../ui/describe.py" line="+18"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 night</source>
        <translation>1 Nacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} nights</source>
        <translation>{n} Nächte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 rating</source>
        <translation>1 Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} ratings</source>
        <translation>{n} Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 lower step</source>
        <translation>1 niedrigere Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} lower steps</source>
        <translation>{n} niedrigere Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/data_group.py" line="+48"/>
        <source>1 craving</source>
        <translation>1 Suchtdruck-Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/data_group.py" line="+0"/>
        <source>{n} cravings</source>
        <translation>{n} Suchtdruck-Momente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/data_group.py" line="-1"/>
        <location filename="../ui/today_text.py" line="+29"/>
        <source>1 dose</source>
        <translation>1 Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/data_group.py" line="+0"/>
        <location filename="../ui/today_text.py" line="+1"/>
        <source>{n} doses</source>
        <translation>{n} Dosen</translation>
    </message>
    <message>
        <location filename="../services/insights.py" line="+62"/>
        <source>the last 7 days</source>
        <translation>den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the 7 days to {day}</source>
        <translation>den 7 Tagen bis {day}</translation>
    </message>
    <message>
        <location filename="../ui/backups_dialog.py" line="+40"/>
        <source>Recovery Journal backup (*.db);;All files (*)</source>
        <translation>Recovery-Journal-Sicherung (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an update</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by you</source>
        <translation>Von dir erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It holds no entries.</source>
        <translation>Sie enthält keine Einträge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds {count}, the last on {day}.</source>
        <translation>Sie enthält {count}, den letzten vom {day}.</translation>
    </message>
    <message>
        <location filename="../ui/busy.py" line="+52"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/describe.py" line="-20"/>
        <location filename="../ui/today_page.py" line="-2"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/today_page.py" line="+1"/>
        <source>Craving</source>
        <translation>Suchtdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/today_page.py" line="+3"/>
        <source>Withdrawal</source>
        <translation>Entzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/today_page.py" line="+1"/>
        <source>Other substance</source>
        <translation>Andere Substanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/today_page.py" line="+1"/>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/today_page.py" line="+1"/>
        <source>Trigger note</source>
        <translation>Auslöser-Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-reflection</source>
        <translation>Selbstreflexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/entry_model.py" line="+36"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{d} days {h} h</source>
        <translation>{d} Tage {h} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{amount} high-potency</source>
        <translation>{amount} hochpotent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} capsule</source>
        <translation>{n} Kapsel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} capsules</source>
        <translation>{n} Kapseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} shot</source>
        <translation>{n} Shot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} shots</source>
        <translation>{n} Shots</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>intensity {n}</source>
        <translation>Stärke {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passed</source>
        <translation>vorbeigegangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delayed</source>
        <translation>aufgeschoben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>used</source>
        <translation>genommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mood {m} · anxiety {a} · energy {e} · pain {p}</source>
        <translation>Stimmung {m} · Angst {a} · Energie {e} · Schmerzen {p}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{asleep} asleep, {eff} % efficiency</source>
        <translation>{asleep} Schlaf, {eff} % Schlafeffizienz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOWS {total} of 64</source>
        <translation>SOWS {total} von 64</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} of {total} answered yes</source>
        <translation>{n} von {total} mit Ja beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/entry_dialogs.py" line="+210"/>
        <source>capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shot</source>
        <translation>Shot</translation>
    </message>
    <message>
        <location filename="../ui/entry_model.py" line="+15"/>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../ui/log_model.py" line="+130"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/log_model.py" line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/log_model.py" line="-3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+59"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taper</source>
        <translation>Ausschleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/plan_change_dialog.py" line="+72"/>
        <source>Hold this step</source>
        <translation>Diese Stufe verlängern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding keeps today&apos;s target for longer; every later step moves back by the same number of days. Days already past do not change.</source>
        <translation>Beim Verlängern bleibt das heutige Ziel länger bestehen; jede spätere Stufe verschiebt sich um dieselbe Zahl von Tagen. Vergangene Tage ändern sich nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go back a step</source>
        <translation>Eine Stufe zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From today the target goes back to the previous step&apos;s, for one step length; the rest of the plan follows after it. Days already past do not change. This is your choice to make; a short note helps you and your clinician later.</source>
        <translation>Ab heute gilt für eine Stufenlänge wieder das Ziel der vorigen Stufe; der Rest des Plans folgt danach. Vergangene Tage ändern sich nicht. Das ist deine Entscheidung; eine kurze Notiz hilft dir und deinen Behandelnden später.</translation>
    </message>
    <message>
        <location filename="../ui/products_dialog.py" line="-19"/>
        <source>Powder</source>
        <translation>Pulver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extract</source>
        <translation>Extrakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquid shot</source>
        <translation>Flüssig-Shot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea</source>
        <translation>Tee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>g (grams)</source>
        <translation>g (Gramm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg (milligrams)</source>
        <translation>mg (Milligramm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mL (millilitres)</source>
        <translation>mL (Milliliter)</translation>
    </message>
    <message>
        <location filename="../ui/safety.py" line="+13"/>
        <location line="+2"/>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Call or text 988 (Suicide &amp; Crisis Lifeline)</source>
        <translation>988 anrufen oder eine SMS schicken (Suicide &amp; Crisis Lifeline)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAMHSA National Helpline 1-800-662-4357 (free, confidential, 24/7)</source>
        <translation>SAMHSA National Helpline 1-800-662-4357 (kostenlos, vertraulich, rund um die Uhr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United Kingdom and Ireland</source>
        <translation>Vereinigtes Königreich und Irland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samaritans 116 123 (free, 24/7)</source>
        <translation>Samaritans 116 123 (kostenlos, rund um die Uhr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency number 112</source>
        <translation>Notruf 112</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody monitors this app. What you write here stays on this computer and is not seen by anyone else, so it cannot send help.</source>
        <translation>Niemand überwacht diese App. Was du hier schreibst, bleibt auf diesem Computer und wird von niemandem gelesen – deshalb kann die App keine Hilfe schicken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovery Journal gives information, not medical advice. Talk to a doctor or pharmacist before changing how you take any substance or medicine.</source>
        <translation>Recovery Journal gibt Informationen, keine medizinische Beratung. Sprich mit einer Ärztin, einem Arzt oder in der Apotheke, bevor du etwas daran änderst, wie du eine Substanz oder ein Medikament nimmst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>a benzodiazepine</source>
        <translation>einem Benzodiazepin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an opioid</source>
        <translation>einem Opioid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stimulant</source>
        <translation>einem Stimulans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another substance</source>
        <translation>einer anderen Substanz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>benzodiazepine</source>
        <translation>Benzodiazepin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opioid</source>
        <translation>Opioid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stimulant</source>
        <translation>Stimulans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other substance</source>
        <translation>andere Substanz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This day&apos;s log has kratom together with {names}. Taking kratom with alcohol, benzodiazepines, opioids or other sedating substances adds to the risk of serious harm, such as heavy drowsiness and slowed breathing. If someone is hard to wake or breathing slowly, call emergency services.</source>
        <translation>An diesem Tag ist Kratom zusammen mit {names} erfasst. Kratom zusammen mit Alkohol, Benzodiazepinen, Opioiden oder anderen dämpfenden Substanzen erhöht das Risiko ernster Schäden, etwa starker Benommenheit und verlangsamter Atmung. Wenn jemand schwer zu wecken ist oder langsam atmet, ruf den Notruf.</translation>
    </message>
    <message>
        <location filename="../ui/scale_forms.py" line="+62"/>
        <source>After the DSM-5 criteria for substance use disorder (American Psychiatric Association. Diagnostic and Statistical Manual of Mental Disorders, Fifth Edition. 2013), in this app&apos;s own words.</source>
        <translation>Nach den DSM-5-Kriterien für Substanzkonsumstörungen (American Psychiatric Association. Diagnostic and Statistical Manual of Mental Disorders, Fifth Edition. 2013), in eigenen Worten dieser App.</translation>
    </message>
    <message>
        <location filename="../ui/scale_texts.py" line="+17"/>
        <source>Subjective Opiate Withdrawal Scale (SOWS)</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Subjective Opiate Withdrawal Scale (SOWS), deutsche Übersetzung dieser App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do you feel right now?</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Wie fühlst du dich gerade?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel anxious</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich fühle mich ängstlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel like yawning</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich muss gähnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am perspiring</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich schwitze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My eyes are tearing</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Meine Augen tränen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My nose is running</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Meine Nase läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have goosebumps</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich habe Gänsehaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am shaking</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich zittere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have hot flushes</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich habe Hitzewallungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have cold flushes</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Mir ist abwechselnd kalt (Kälteschauer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My bones and muscles ache</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Meine Knochen und Muskeln schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel restless</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich fühle mich unruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel nauseous</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Mir ist übel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel like vomiting</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Mir ist, als müsste ich mich übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My muscles twitch</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Meine Muskeln zucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have stomach cramps</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich habe Magenkrämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel like using now (adapted)</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Ich würde jetzt gern konsumieren (angepasst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not at all</source>
        <translatorcomment>SOWS: the app&apos;s own wording. PHQ-9/GAD-7: as the PHQ-D.</translatorcomment>
        <translation>überhaupt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a little</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>ein wenig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderately</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>mäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quite a bit</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>ziemlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extremely</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>sehr stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translatorcomment>SOWS has no validated German version: this is the app&apos;s own translation, not a validated instrument.</translatorcomment>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for opiate withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308. Item 16 is adapted to the substance (the original asks about using an opioid).</source>
        <translatorcomment>Bibliographic reference: kept in English; only the sentences after it are translated.</translatorcomment>
        <translation>Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for opiate withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308. Frage 16 ist an die Substanz angepasst (im Original geht es um den Konsum eines Opioids). Eine validierte deutsche Fassung gibt es nicht: Die deutschen Formulierungen sind eine Übersetzung dieser App.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patient Health Questionnaire (PHQ-9)</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Gesundheitsfragebogen für Patienten (PHQ-9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last 2 weeks, how often have you been bothered by the following problems?</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use. The same stem is used for GAD-7.</translatorcomment>
        <translation>Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Little interest or pleasure in doing things</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Wenig Interesse oder Freude an Ihren Tätigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling down, depressed, or hopeless</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling tired or having little energy</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Müdigkeit oder Gefühl, keine Energie zu haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor appetite or overeating</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Verminderter Appetit oder übermäßiges Bedürfnis zu essen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeling bad about yourself, or that you are a failure or have let yourself or your family down</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die Familie enttäuscht zu haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Schwierigkeiten, sich auf etwas zu konzentrieren, z. B. beim Zeitunglesen oder Fernsehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving or speaking so slowly that other people could have noticed; or the opposite, being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch anderen auffallen würde? Oder waren Sie im Gegenteil „zappelig“ oder ruhelos und hatten dadurch einen stärkeren Bewegungsdrang als sonst?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thoughts that you would be better off dead, or of hurting yourself in some way</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several days</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>an einzelnen Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than half the days</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>an mehr als der Hälfte der Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nearly every day</source>
        <translatorcomment>Wording of the published German PHQ-D (Löwe, Spitzer, Zipfel, Herzog 2002), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>beinahe jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimal</source>
        <translatorcomment>Severity band; the app&apos;s own German wording.</translatorcomment>
        <translation>minimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild</source>
        <translatorcomment>Severity band; the app&apos;s own German wording.</translatorcomment>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translatorcomment>Severity band; the app&apos;s own German wording.</translatorcomment>
        <translation>mittelgradig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderately severe</source>
        <translatorcomment>Severity band; the app&apos;s own German wording.</translatorcomment>
        <translation>mittelgradig bis schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translatorcomment>Severity band; the app&apos;s own German wording.</translatorcomment>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.</source>
        <translatorcomment>Bibliographic reference: kept in English; only the sentences after it are translated.</translatorcomment>
        <translation>Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613. Entwickelt von Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke und Kollegen mit einem Ausbildungszuschuss von Pfizer Inc. Vervielfältigung, Übersetzung, Anzeige und Weitergabe ohne Genehmigung erlaubt. Deutsche Fassung: Löwe B, Spitzer RL, Zipfel S, Herzog W. Gesundheitsfragebogen für Patienten (PHQ-D). 2002. Der Wortlaut folgt veröffentlichten Abdrucken der deutschen Fassung; die Bezeichnungen der Schweregrade sind eine Übersetzung dieser App.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generalized Anxiety Disorder scale (GAD-7)</source>
        <translatorcomment>Wording of the published German GAD-7 (Löwe et al. 2008, in the PHQ-D), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Fragebogen zur generalisierten Angststörung (GAD-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling nervous, anxious, or on edge</source>
        <translatorcomment>Wording of the published German GAD-7 (Löwe et al. 2008, in the PHQ-D), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Nervosität, Ängstlichkeit oder Anspannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not being able to stop or control worrying</source>
        <translatorcomment>Wording of the published German GAD-7 (Löwe et al. 2008, in the PHQ-D), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Nicht in der Lage sein, Sorgen zu stoppen oder zu kontrollieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worrying too much about different things</source>
        <translatorcomment>Wording of the published German GAD-7 (Löwe et al. 2008, in the PHQ-D), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Übermäßige Sorgen bezüglich verschiedener Angelegenheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trouble relaxing</source>
        <translatorcomment>Wording of the published German GAD-7 (Löwe et al. 2008, in the PHQ-D), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Schwierigkeiten zu entspannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being so restless that it is hard to sit still</source>
        <translatorcomment>Wording of the published German GAD-7 (Löwe et al. 2008, in the PHQ-D), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Rastlosigkeit, so dass Stillsitzen schwer fällt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Becoming easily annoyed or irritable</source>
        <translatorcomment>Wording of the published German GAD-7 (Löwe et al. 2008, in the PHQ-D), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Schnelle Verärgerung oder Gereiztheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling afraid, as if something awful might happen</source>
        <translatorcomment>Wording of the published German GAD-7 (Löwe et al. 2008, in the PHQ-D), as reproduced in published copies of the questionnaire; check against the original before clinical use.</translatorcomment>
        <translation>Gefühl der Angst, so als würde etwas Schlimmes passieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spitzer RL, Kroenke K, Williams JB, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.</source>
        <translatorcomment>Bibliographic reference: kept in English; only the sentences after it are translated.</translatorcomment>
        <translation>Spitzer RL, Kroenke K, Williams JB, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. Entwickelt von Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke und Kollegen mit einem Ausbildungszuschuss von Pfizer Inc. Vervielfältigung, Übersetzung, Anzeige und Weitergabe ohne Genehmigung erlaubt. Deutsche Fassung: Löwe B, Decker O, Müller S, et al. Validation and standardization of the Generalized Anxiety Disorder Screener (GAD-7) in the general population. Med Care. 2008;46(3):266-274. Der Wortlaut folgt veröffentlichten Abdrucken der deutschen Fassung; die Bezeichnungen der Schweregrade sind eine Übersetzung dieser App.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carney CE, Buysse DJ, Ancoli-Israel S, et al. The Consensus Sleep Diary: standardizing prospective sleep self-monitoring. Sleep. 2012;35(2):287-302.</source>
        <translatorcomment>Bibliographic reference: kept in English; only the sentences after it are translated.</translatorcomment>
        <translation>Carney CE, Buysse DJ, Ancoli-Israel S, et al. The Consensus Sleep Diary: standardizing prospective sleep self-monitoring. Sleep. 2012;35(2):287-302. Die deutschen Fragen sind eine Übersetzung dieser App.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the past year, have you often taken more, or for longer, than you meant to?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Hast du im letzten Jahr oft mehr oder länger genommen, als du wolltest?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you wanted to cut down, or tried to and not managed it?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Wolltest du weniger nehmen oder hast es versucht und es nicht geschafft?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a lot of your time gone into getting it, taking it, or getting over its effects?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Ist viel deiner Zeit dafür draufgegangen, es zu besorgen, zu nehmen oder dich von der Wirkung zu erholen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you had strong urges or cravings for it?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Hattest du starkes Verlangen oder Suchtdruck danach?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has it got in the way of work, study or things you need to do at home?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Ist es dir bei der Arbeit, im Studium oder bei dem, was zu Hause zu tun ist, in die Quere gekommen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you kept using it even though it caused or worsened trouble with people close to you?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Hast du weiter genommen, obwohl es Ärger mit Menschen verursacht oder verschlimmert hat, die dir nahestehen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you given up or cut back on things you cared about because of it?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Hast du deswegen Dinge aufgegeben oder eingeschränkt, die dir wichtig waren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you used it in situations where that could put you in physical danger?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Hast du es in Situationen genommen, in denen dich das körperlich in Gefahr bringen konnte?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you kept using it while knowing it was causing or worsening a health problem?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Hast du weiter genommen, obwohl du wusstest, dass es ein gesundheitliches Problem verursacht oder verschlimmert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Have you needed more to feel the same, or felt less from the same amount?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Brauchtest du mehr für dieselbe Wirkung, oder hast du bei derselben Menge weniger gespürt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you felt withdrawal when you cut down, or taken it to keep withdrawal away?</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Hattest du Entzugserscheinungen, wenn du weniger genommen hast, oder hast du genommen, um den Entzug fernzuhalten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These questions are this app&apos;s own wording of the DSM-5 substance-use criteria. The count is for your own reflection; it is not a diagnosis.</source>
        <translatorcomment>The app&apos;s own wording (not a validated instrument).</translatorcomment>
        <translation>Diese Fragen sind die eigene Formulierung dieser App für die DSM-5-Kriterien zum Substanzkonsum. Die Anzahl dient deiner eigenen Reflexion; sie ist keine Diagnose.</translation>
    </message>
    <message>
        <location filename="../ui/summary_page.py" line="-4"/>
        <source>Charts of amount and doses</source>
        <translation>Diagramme zu Menge und Dosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mood, anxiety, pain</source>
        <translation>Stimmung, Angst, Schmerzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cravings and triggers</source>
        <translation>Suchtdruck und Auslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other substances</source>
        <translation>Andere Substanzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries marked for the clinician</source>
        <translation>Für die Behandelnden markierte Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan changes</source>
        <translation>Planänderungen</translation>
    </message>
    <message>
        <location filename="../ui/taper_model.py" line="+55"/>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily target</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses a day</source>
        <translation>Dosen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per dose</source>
        <translation>Pro Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least apart</source>
        <translation>Mindestabstand</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the step in force today</source>
        <translation>die heute gültige Stufe</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doses (plan)</source>
        <translation>Dosen (Plan)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over target</source>
        <translation>über dem Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more doses than planned</source>
        <translation>mehr Dosen als geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/today_page.py" line="+1"/>
        <source>PHQ-9</source>
        <translation>PHQ-9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7</source>
        <translation>GAD-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location filename="../ui/today_text.py" line="-11"/>
        <source>No dose logged yet</source>
        <translation>Noch keine Dosis erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} since last dose</source>
        <translation>{time} seit der letzten Dosis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no doses yet</source>
        <translation>noch keine Dosen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today: {doses}, {amount}</source>
        <translation>Heute: {doses}, {amount}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today: {doses}, {amount} of {target} target</source>
        <translation>Heute: {doses}, {amount} von {target} Ziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · over today&apos;s target</source>
        <translation> · über dem heutigen Ziel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step {n} of {total}: {target}/day</source>
        <translation>Stufe {n} von {total}: {target}/Tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time between doses today: {mean} on average, longest {longest}</source>
        <translation>Abstand zwischen den Dosen heute: im Schnitt {mean}, längster {longest}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (plan: at least {h})</source>
        <translation> (Plan: mindestens {h})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>plan: {n} doses, {h} h apart</source>
        <translation>Plan: {n} Dosen, {h} h Abstand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next dose not before {time} ({plan})</source>
        <translation>Nächste Dosis nicht vor {time} ({plan})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PHQ-9 [Q]</source>
        <translation>PHQ-9 [Q]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7 [A]</source>
        <translation>GAD-7 [A]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the monthly self-reflection [R]</source>
        <translation>die monatliche Selbstreflexion [R]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offered today, if you like: {listed}. They take a few minutes.</source>
        <translation>Heute im Angebot, wenn du magst: {listed}. Das dauert ein paar Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="+29"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <location filename="../ui/undo.py" line="+31"/>
        <source>delete {kind}</source>
        <extracomment>{label}: the kind as a name (capitalised), for languages that need it so</extracomment>
        <translation>{kind} löschen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>log {kind}</source>
        <extracomment>{label}: the kind as a name (capitalised), for languages that need it so</extracomment>
        <translation>{kind} erfassen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>edit {kind}</source>
        <extracomment>{label}: the kind as a name (capitalised), for languages that need it so</extracomment>
        <translation>{kind} bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/chart_description.py" line="+49"/>
        <source>{series}: no values in this period.</source>
        <translation>{series}: keine Werte in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{series}: {count} values, from {low} to {high}; the latest {last}{when}.</source>
        <translation>{series}: {count} Werte, von {low} bis {high}; zuletzt {last}{when}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{series}: none in this period.</source>
        <translation>{series}: keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{series}, largest first: {listed}.</source>
        <translation>{series}, die größten zuerst: {listed}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> on {day}</source>
        <translation> am {day}</translation>
    </message>
    <message>
        <location filename="../domain/taper_tracking.py" line="+270"/>
        <source>Withdrawal scores in the last {n} days average {after}, up from {before} in this step&apos;s first days.</source>
        <translation>Die Entzugswerte der letzten {n} Tage liegen im Schnitt bei {after}, gegenüber {before} in den ersten Tagen dieser Stufe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sleep efficiency over the last {n} nights averages {after} %, down from {before} % in this step&apos;s first nights.</source>
        <translation>Die Schlafeffizienz der letzten {n} Nächte liegt im Schnitt bei {after} %, gegenüber {before} % in den ersten Nächten dieser Stufe.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="+21"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is already a product called &apos;{name}&apos;. Please choose another name.</source>
        <translation>Es gibt schon ein Produkt namens „{name}“. Bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a trigger called &apos;{name}&apos;. Please choose another name.</source>
        <translation>Es gibt schon einen Auslöser namens „{name}“. Bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a product called &apos;{name}&apos;, so the removed &apos;{removed}&apos; cannot come back. Rename or remove that one first.</source>
        <translation>Es gibt schon ein Produkt namens „{name}“, deshalb kann das entfernte „{removed}“ nicht zurückkommen. Benenne das andere zuerst um oder entferne es.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a trigger called &apos;{name}&apos;, so the removed &apos;{removed}&apos; cannot come back. Rename or remove that one first.</source>
        <translation>Es gibt schon einen Auslöser namens „{name}“, deshalb kann der entfernte „{removed}“ nicht zurückkommen. Benenne den anderen zuerst um oder entferne ihn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be more than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is too long ({length} characters; at most {most})</source>
        <translation>ist zu lang ({length} Zeichen; höchstens {most})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a character that cannot be stored</source>
        <translation>enthält ein Zeichen, das nicht gespeichert werden kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be one line without leading or trailing spaces</source>
        <translation>muss eine Zeile ohne Leerzeichen am Anfang oder Ende sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of: {choices}</source>
        <translation>muss eines davon sein: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number is needed</source>
        <translation>hier fehlt eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is unclear: write it without the point, or with a comma</source>
        <translation>„{text}“ ist nicht eindeutig: schreib die Zahl ohne Punkt oder mit Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number is needed</source>
        <translation>hier fehlt eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{when} does not exist in this time zone (the clocks skipped it for daylight saving)</source>
        <translation>{when} gibt es in dieser Zeitzone nicht (die Uhren haben diese Zeit bei der Zeitumstellung übersprungen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a date between {first} and {last}</source>
        <translation>muss ein Datum zwischen {first} und {last} sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is in the future; entries can be back-dated but not future-dated</source>
        <translation>liegt in der Zukunft; Einträge können zurückdatiert werden, aber nicht in die Zukunft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{night} already has a sleep diary; edit that entry (Log page) instead of adding a second one</source>
        <translation>für {night} gibt es schon ein Schlaftagebuch; bearbeite diesen Eintrag (Seite „Einträge“), statt einen zweiten anzulegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is measured in {unit}, not {other}</source>
        <translation>„{name}“ wird in {unit} gemessen, nicht in {other}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at or after the time into bed</source>
        <translation>muss zur oder nach der Zeit liegen, zu der du ins Bett gegangen bist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be after the time you tried to sleep</source>
        <translation>muss nach dem Einschlafversuch liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at or after the final awakening</source>
        <translation>muss zum oder nach dem letzten Aufwachen liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be within 24 hours of going to bed</source>
        <translation>muss innerhalb von 24 Stunden nach dem Zubettgehen liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least a minute after going to bed</source>
        <translation>muss mindestens eine Minute nach dem Zubettgehen liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minutes to fall asleep plus minutes awake are longer than the night</source>
        <translation>die Minuten bis zum Einschlafen und die wachen Minuten zusammen sind länger als die Nacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only applies when the outcome is “used”</source>
        <translation>gilt nur, wenn das Ergebnis „Genommen“ ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {least} characters long</source>
        <translation>muss mindestens {least} Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most {most} characters</source>
        <translation>darf höchstens {most} Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a character that cannot be used</source>
        <translation>enthält ein Zeichen, das nicht verwendet werden kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least {least}</source>
        <translation>muss mindestens {least} sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too fine for this daily amount</source>
        <translation>ist für diese Tagesmenge zu fein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be less than the current daily amount</source>
        <translation>muss kleiner als die aktuelle Tagesmenge sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a multiple of the scale resolution ({resolution})</source>
        <translation>muss ein Vielfaches der Auflösung der Waage sein ({resolution})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be more than the current doses per day</source>
        <translation>darf nicht größer sein als die aktuellen Dosen pro Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this plan would need more than {most} steps; a larger reduction per step or a coarser scale resolution makes it shorter</source>
        <translation>dieser Plan bräuchte mehr als {most} Stufen; eine größere Reduktion pro Stufe oder eine gröbere Auflösung der Waage macht ihn kürzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>would run past the last possible date</source>
        <translation>würde über das letzte mögliche Datum hinausgehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to resume: this step is not longer than planned (it ends on {day})</source>
        <translation>nichts fortzusetzen: Diese Stufe ist nicht länger als geplant (sie endet am {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plan has not started yet, so there is no earlier step</source>
        <translation>der Plan hat noch nicht begonnen, daher gibt es keine frühere Stufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is the first step, so there is no earlier step to go back to</source>
        <translation>das ist die erste Stufe, daher gibt es keine frühere Stufe, zu der du zurückkannst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plan has already ended, so there is no step to hold</source>
        <translation>der Plan ist schon zu Ende, daher gibt es keine Stufe zum Verlängern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no taper plan yet; create one first</source>
        <translation>es gibt noch keinen Ausschleichplan; leg zuerst einen an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount used</source>
        <translation>genommene Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tried to sleep</source>
        <translation>Einschlafversuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final awakening</source>
        <translation>letztes Aufwachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of bed</source>
        <translation>aufgestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes awake</source>
        <translation>Minuten wach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily amount</source>
        <translation>Tagesmenge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doses per day</source>
        <translation>Dosen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target doses per day</source>
        <translation>Ziel: Dosen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>Endziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back a step</source>
        <translation>Eine Stufe zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger name</source>
        <translation>Name des Auslösers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medication name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medication dose</source>
        <translation>Dosis des Medikaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coping</source>
        <translation>Bewältigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coping plan</source>
        <translation>Bewältigungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if-then plan</source>
        <translation>Wenn-dann-Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/seed_triggers.py" line="+11"/>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boredom</source>
        <translation>Langeweile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiredness</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low mood</source>
        <translation>gedrückte Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poor sleep</source>
        <translation>schlechter Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>Streit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being around people who use</source>
        <translation>Menschen, die konsumieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time of day or routine</source>
        <translation>eine Tageszeit oder Gewohnheit</translation>
    </message>
    <message>
        <location filename="../ui/data_group.py" line="-13"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip of CSV files</source>
        <translation>Zip-Archiv mit CSV-Dateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON export or CSV of doses</source>
        <translation>JSON-Export oder CSV mit Dosen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} products</source>
        <translation>{n} Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 trigger</source>
        <translation>1 Auslöser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} triggers</source>
        <translation>{n} Auslöser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 mood check-in</source>
        <translation>1 Stimmungs-Check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} mood check-ins</source>
        <translation>{n} Stimmungs-Checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 sleep diary</source>
        <translation>1 Schlaftagebuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sleep diaries</source>
        <translation>{n} Schlaftagebücher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 withdrawal rating</source>
        <translation>1 Entzugs-Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} withdrawal ratings</source>
        <translation>{n} Entzugs-Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 questionnaire</source>
        <translation>1 Fragebogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} questionnaires</source>
        <translation>{n} Fragebögen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 other-substance entry</source>
        <translation>1 Eintrag zu anderen Substanzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} other-substance entries</source>
        <translation>{n} Einträge zu anderen Substanzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 medication</source>
        <translation>1 Medikament</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} medications</source>
        <translation>{n} Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 trigger note</source>
        <translation>1 Auslöser-Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} trigger notes</source>
        <translation>{n} Auslöser-Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 self-reflection</source>
        <translation>1 Selbstreflexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} self-reflections</source>
        <translation>{n} Selbstreflexionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 taper plan version</source>
        <translation>1 Version des Ausschleichplans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} taper plan versions</source>
        <translation>{n} Versionen des Ausschleichplans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 setting</source>
        <translation>1 Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} settings</source>
        <translation>{n} Einstellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported an empty journal to {path}.</source>
        <translation>Ein leeres Tagebuch wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {items} to {path}.</source>
        <translation>Exportiert nach {path}: {items}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{items} new</source>
        <translation>{items} neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part} ({present} already present)</source>
        <translation>{part} ({present} schon vorhanden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{items} already present</source>
        <translation>{items} schon vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds nothing to import.</source>
        <translation>Die Datei enthält nichts zum Importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new to import: {items}.</source>
        <translation>Nichts Neues zum Importieren: {items}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: {items}.</source>
        <translation>Importiert: {items}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to import: {items}.</source>
        <translation>Bereit zum Importieren: {items}.</translation>
    </message>
    <message>
        <location filename="../app.py" line="+170"/>
        <source>Opening your journal…</source>
        <translation>Dein Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The journal is already open in another window. Switch to that window, or close it first. Nothing was changed.</source>
        <translation>Das Tagebuch ist schon in einem anderen Fenster geöffnet. Wechsle zu diesem Fenster oder schließe es zuerst. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>AboutScale</name>
    <message>
        <location filename="../ui/scale_forms.py" line="+322"/>
        <source>&amp;About this scale</source>
        <translation>&amp;Über diese Skala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this scale</source>
        <translation>Über diese Skala</translation>
    </message>
</context>
<context>
    <name>AppearanceGroup</name>
    <message>
        <location filename="../ui/appearance_group.py" line="+15"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size of all text in the journal, on this computer</source>
        <translation>Die Größe aller Texte im Tagebuch, auf diesem Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text everywhere, the unlock screen included. Saved on this computer.</source>
        <translation>Größerer Text überall, auch auf dem Entsperrbildschirm. Wird auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light or dark follows your system&apos;s setting and changes along with it.</source>
        <translation>Hell oder dunkel folgt der Einstellung deines Systems und wechselt mit ihr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;xt size</source>
        <translation>&amp;Textgröße</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../ui/backups_dialog.py" line="+18"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, die neueste zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup status</source>
        <translation>Status der Sicherung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore selected…</source>
        <translation>Auswahl &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a &amp;file…</source>
        <translation>Aus &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;portable backup…</source>
        <translation>&amp;Portable Sicherung speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the journal</source>
        <translation>Tagebuch auf &amp;Schäden prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your journal is copied here, encrypted with its own key, on the first unlock of each day and before an import, a restore or an update. A portable backup is one file protected by a passphrase you choose, for moving to another computer.</source>
        <translation>Dein Tagebuch wird hierher kopiert, verschlüsselt mit seinem eigenen Schlüssel: beim ersten Entsperren jedes Tages und vor einem Import, einer Wiederherstellung oder einem Update. Eine portable Sicherung ist eine einzelne Datei, geschützt mit einer Passphrase deiner Wahl, um das Tagebuch auf einen anderen Computer mitzunehmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep the newest</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>daily backups, and as many made by you</source>
        <translation>täglichen Sicherungen und ebenso viele von dir erstellte</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up: {name}</source>
        <translation>Gesichert: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore the backup {what}? {holds}

Your journal will be replaced by it: entries made after the backup will no longer be in it. The journal as it is now is kept as a backup first (“Before a restore”), so you can go back. A damaged journal is kept in its folder, renamed, instead.</source>
        <translation>Die Sicherung {what} wiederherstellen? {holds}

Dein Tagebuch wird durch sie ersetzt: Einträge, die nach der Sicherung gemacht wurden, sind dann nicht mehr darin. Das Tagebuch, wie es jetzt ist, wird vorher als Sicherung aufbewahrt („Vor einer Wiederherstellung“), sodass du zurückkannst. Ein beschädigtes Tagebuch wird stattdessen umbenannt in seinem Ordner aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Portable backup</source>
        <translation>Portable Sicherung</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This backup has its own passphrase. Type it to restore {name}:</source>
        <translation>Diese Sicherung hat eine eigene Passphrase. Gib sie ein, um {name} wiederherzustellen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a passphrase for this backup (at least 8 characters). You will need it to restore the backup on another computer; nobody can recover it for you.</source>
        <translation>Wähle eine Passphrase für diese Sicherung (mindestens 8 Zeichen). Du brauchst sie, um die Sicherung auf einem anderen Computer wiederherzustellen; niemand kann sie für dich zurückholen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a portable backup</source>
        <translation>Portable Sicherung speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving the portable backup…</source>
        <translation>Portable Sicherung wird gespeichert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved a portable backup to {path}.</source>
        <translation>Portable Sicherung gespeichert unter {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the journal…</source>
        <translation>Tagebuch wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal passed every integrity check.</source>
        <translation>Das Tagebuch hat jede Integritätsprüfung bestanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal failed its integrity check ({problem}). Restore the newest backup from the list above; the journal as it is now is kept first.</source>
        <translation>Das Tagebuch hat die Integritätsprüfung nicht bestanden ({problem}). Stell die neueste Sicherung aus der Liste oben wieder her; das Tagebuch, wie es jetzt ist, wird vorher aufbewahrt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. Older backups are removed at the next backup.</source>
        <translation>Gespeichert. Ältere Sicherungen werden bei der nächsten Sicherung entfernt.</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <location filename="../ui/scale_forms.py" line="-36"/>
        <source>How many you answered yes</source>
        <translation>Wie viele du mit Ja beantwortet hast</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Yes to {count} of {total}</source>
        <translation>Ja bei {count} von {total}</translation>
    </message>
</context>
<context>
    <name>CravingCheckDialog</name>
    <message>
        <location filename="../ui/ride_out.py" line="+30"/>
        <source>How is the craving now?</source>
        <translation>Wie ist der Suchtdruck jetzt?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At {when} you noted a craving (intensity {n}). Waves like this often ease with time. How is it now?</source>
        <translation>Um {when} hast du Suchtdruck notiert (Stärke {n}). Solche Wellen lassen oft mit der Zeit nach. Wie ist es jetzt?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It &amp;passed</source>
        <translation>Ist &amp;vorbei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there, &amp;delaying</source>
        <translation>Noch da, ich &amp;warte ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;used</source>
        <translation>Ich habe &amp;genommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>CravingDialog</name>
    <message>
        <location filename="../ui/dose_dialogs.py" line="+133"/>
        <source>Log a craving</source>
        <translation>Suchtdruck erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. walked, called a friend, tea</source>
        <translation>z. B. spazieren gegangen, jemanden angerufen, Tee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still riding it out</source>
        <translation>Halte noch durch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It passed</source>
        <translation>Ist vorbeigegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed it</source>
        <translation>Aufgeschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>amount used</source>
        <translation>genommene Menge</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Unit used</source>
        <translation>Einheit der genommenen Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As&amp;k me again in</source>
        <translation>Nochmal &amp;fragen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes until asking again</source>
        <translation>Minuten bis zur nächsten Nachfrage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Intensity (0–10)</source>
        <translation>&amp;Stärke (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;riggers</source>
        <translation>A&amp;uslöser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space ticks one</source>
        <translation>Leertaste hakt einen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oping used</source>
        <translation>&amp;Bewältigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;used</source>
        <translation>&amp;Genommene Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ride it out</source>
        <translation>Durchhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask me again later</source>
        <translation>Später nochmal fragen</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <location filename="../ui/crisis_panel.py" line="+22"/>
        <source>If you are thinking about harming yourself, please reach out now</source>
        <translation>Wenn du daran denkst, dir etwas anzutun, melde dich bitte jetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You do not have to carry this alone. These lines are free and confidential.</source>
        <translation>Du musst das nicht allein tragen. Diese Nummern sind kostenlos und vertraulich.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Crisis resources</source>
        <translation>Hilfe in Krisen</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <location filename="../ui/data_group.py" line="+12"/>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are encrypted. Exports are plain text: anyone who can open an exported file can read your journal.</source>
        <translation>Sicherungen sind verschlüsselt. Exporte sind Klartext: Wer eine exportierte Datei öffnen kann, kann dein Tagebuch lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups…</source>
        <translation>Sic&amp;herungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export C&amp;SV…</source>
        <translation>CS&amp;V exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data status</source>
        <translation>Status deiner Daten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The exported file is NOT encrypted: anyone who can open it can read your whole journal, including private notes. Keep it somewhere safe and delete it when you no longer need it. For moving to another computer, a portable backup (Backups…) is the safer way.</source>
        <translation>Die exportierte Datei ist NICHT verschlüsselt: Wer sie öffnen kann, kann dein ganzes Tagebuch lesen, auch private Notizen. Bewahre sie sicher auf und lösche sie, wenn du sie nicht mehr brauchst. Für den Umzug auf einen anderen Computer ist eine portable Sicherung (Sicherungen…) der sicherere Weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{summary} The file is not encrypted.</source>
        <translation>{summary} Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import into the journal</source>
        <translation>In das Tagebuch importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{plan}

A backup of your journal is taken first. Nothing already in your journal is changed or removed.</source>
        <translation>{plan}

Vorher wird eine Sicherung deines Tagebuchs angelegt. Nichts, was schon in deinem Tagebuch steht, wird geändert oder entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../ui/dose_dialogs.py" line="-134"/>
        <source>Log a dose</source>
        <translation>Dosis erfassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Amount</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a product or type a new name</source>
        <translation>Wähle ein Produkt oder gib einen neuen Namen ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;riggers</source>
        <translation>A&amp;uslöser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional; Space ticks one</source>
        <translation>Optional; die Leertaste hakt einen an</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../ui/entry_dialogs.py" line="-142"/>
        <source>Safety information</source>
        <translation>Hinweis zur Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the entry</source>
        <translation>Problem mit dem Eintrag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on the &amp;clinician summary</source>
        <translation>In der Zusammenfassung für den &amp;Termin zeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show on the clinician summary</source>
        <translation>In der Zusammenfassung für den Termin zeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit: {title}</source>
        <translation>Bearbeiten: {title}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>Gad7Dialog</name>
    <message>
        <location filename="../ui/scale_dialogs.py" line="+292"/>
        <source>Anxiety questionnaire (GAD-7)</source>
        <translation>Angst-Fragebogen (GAD-7)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.py" line="+40"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close help</source>
        <translation>Hilfe schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If you need someone now</source>
        <translation>Wenn du jetzt jemanden brauchst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not medical advice</source>
        <translation>Keine medizinische Beratung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing leaves this computer. Your journal is encrypted on this computer, and the app never connects to the internet.</source>
        <translation>Nichts verlässt diesen Computer. Dein Tagebuch ist auf diesem Computer verschlüsselt, und die App verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Log a dose</source>
        <translation>Dosis erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a craving</source>
        <translation>Suchtdruck erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood check-in</source>
        <translation>Stimmungs-Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Sleep diary</source>
        <translation>Schlaftagebuch</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Withdrawal check (SOWS)</source>
        <translation>Entzugs-Check (SOWS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other substance</source>
        <translation>Andere Substanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger note</source>
        <translation>Auslöser-Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHQ-9 questionnaire</source>
        <translation>PHQ-9-Fragebogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7 questionnaire</source>
        <translation>GAD-7-Fragebogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Monthly self-reflection</source>
        <translation>Monatliche Selbstreflexion</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Help (this window)</source>
        <translation>Hilfe (dieses Fenster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the journal</source>
        <translation>Tagebuch sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first} … {last}</source>
        <translation>{first} … {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a page: Today, Log, Taper, Progress, Summary, Settings</source>
        <translation>Zu einer Seite: Heute, Einträge, Ausschleichen, Fortschritt, Zusammenfassung, Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the Log</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save from a multi-line field</source>
        <translation>Aus einem mehrzeiligen Feld speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to that field</source>
        <translation>Zu diesem Feld springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Next / previous field</source>
        <translation>Nächstes / vorheriges Feld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 … 4</source>
        <translation>0 … 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose that answer and move to the next item (0 … 3 in PHQ-9, GAD-7)</source>
        <translation>Diese Antwort wählen und zur nächsten Frage gehen (0 … 3 bei PHQ-9, GAD-7)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the answer of the current item</source>
        <translation>Die Antwort der aktuellen Frage ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous item</source>
        <translation>Nächste / vorherige Frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Today</source>
        <translation>Auf „Heute“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In entry windows</source>
        <translation>In Eingabefenstern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the withdrawal check and questionnaires</source>
        <translation>Im Entzugs-Check und in den Fragebögen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the scales come from</source>
        <translation>Woher die Skalen stammen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal check</source>
        <translation>Entzugs-Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHQ-9</source>
        <translation>PHQ-9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7</source>
        <translation>GAD-7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the Consensus Sleep Diary. {source}</source>
        <translation>Nach dem Consensus Sleep Diary. {source}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About withdrawal</source>
        <translation>Über den Entzug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As commonly reported, withdrawal tends to begin 12–24 hours after the last dose, peak around days 1–3 and fade over 4–7 days, while sleep, mood and cravings can take weeks to settle. It varies between people: yours may be shorter, longer or feel different, and that is not a sign that something is wrong with you.</source>
        <translation>Häufig wird berichtet, dass der Entzug 12–24 Stunden nach der letzten Dosis beginnt, um Tag 1–3 am stärksten ist und über 4–7 Tage abklingt, während Schlaf, Stimmung und Suchtdruck Wochen brauchen können, um sich zu beruhigen. Das ist von Mensch zu Mensch verschieden: Bei dir kann es kürzer oder länger dauern oder sich anders anfühlen, und das ist kein Zeichen, dass mit dir etwas nicht stimmt.</translation>
    </message>
</context>
<context>
    <name>JournalCare</name>
    <message>
        <location filename="../ui/journal_care.py" line="+69"/>
        <source>Today&apos;s backup was not made</source>
        <translation>Die heutige Sicherung wurde nicht angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} Your journal itself is fine.</source>
        <translation>{reason} Dein Tagebuch selbst ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>The journal is damaged</source>
        <translation>Das Tagebuch ist beschädigt</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Your journal failed its integrity check ({problem}), and no backup that passes every check was found. Nothing was changed. Save a portable backup or an export now (Settings → Your data), while the journal still opens.</source>
        <translation>Dein Tagebuch hat die Integritätsprüfung nicht bestanden ({problem}), und es wurde keine Sicherung gefunden, die jede Prüfung besteht. Es wurde nichts geändert. Speichere jetzt eine portable Sicherung oder einen Export (Einstellungen → Deine Daten), solange sich das Tagebuch noch öffnen lässt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your journal failed its integrity check: part of the file is damaged ({problem}).

The newest good backup is from {when}. {holds} Restore it? The damaged file is kept beside it, renamed, and never deleted. Entries made after that backup are not in it.</source>
        <translation>Dein Tagebuch hat die Integritätsprüfung nicht bestanden: Ein Teil der Datei ist beschädigt ({problem}).

Die neueste gute Sicherung ist vom {when}. {holds} Wiederherstellen? Die beschädigte Datei wird umbenannt daneben aufbewahrt und nie gelöscht. Einträge, die nach dieser Sicherung gemacht wurden, sind nicht darin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for a good backup…</source>
        <translation>Gute Sicherung wird gesucht…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored {name}. Your journal was damaged, so it could not be copied first: it is kept in its folder, renamed {kept}, and never deleted.</source>
        <translation>{name} wiederhergestellt. Dein Tagebuch war beschädigt und konnte deshalb nicht vorher kopiert werden: Es wird in seinem Ordner als {kept} aufbewahrt und nie gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored {name}. The journal as it was is kept as a backup.</source>
        <translation>{name} wiederhergestellt. Das Tagebuch, wie es war, wird als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restoring your backup…</source>
        <translation>Deine Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring…</source>
        <translation>Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../ui/main_window.py" line="+56"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the journal</source>
        <translation>Tagebuch sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Tagebuch sperren (Strg+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help, crisis lines and shortcuts</source>
        <translation>Hilfe, Krisennummern und Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help, crisis lines and shortcuts (F1)</source>
        <translation>Hilfe, Krisennummern und Tastenkürzel (F1)</translation>
    </message>
</context>
<context>
    <name>ListEditorDialog</name>
    <message>
        <location filename="../ui/list_editor.py" line="+46"/>
        <source>Problem with the entry</source>
        <translation>Problem mit dem Eintrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;do remove</source>
        <translation>Entfernen &amp;rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“{name}” is back on the list.</source>
        <translation>„{name}“ ist wieder in der Liste.</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../ui/log_filter_bar.py" line="+37"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finds text in notes and the other text you typed, in any case</source>
        <translation>Findet Text in Notizen und anderem, was du geschrieben hast, ohne auf Groß- und Kleinschreibung zu achten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rigger</source>
        <translation>A&amp;uslöser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All triggers</source>
        <translation>Alle Auslöser</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../ui/log_page.py" line="+69"/>
        <source>No entries</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of entries shown</source>
        <translation>Anzahl der gezeigten Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected entry (undo brings it back)</source>
        <translation>Den ausgewählten Eintrag löschen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Log</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing logged yet. What you log on Today will appear here.</source>
        <translation>Noch nichts erfasst. Was du auf „Heute“ erfasst, erscheint hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Deleted the {kind} entry. Undo ({keys}) brings it back.</source>
        <extracomment>{label}: the kind as a name (capitalised), for languages that need it so</extracomment>
        <translation>Eintrag „{label}“ gelöscht. Rückgängig ({keys}) holt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+160"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search the Log</source>
        <translation>Einträge &amp;durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../ui/dose_dialogs.py" line="+185"/>
        <source>Log a medication</source>
        <translation>Medikament erfassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 8 mg</source>
        <translation>z. B. 8 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>&amp;Medikament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>MoodDialog</name>
    <message>
        <location filename="../ui/checkin_dialogs.py" line="+27"/>
        <source>Mood check-in</source>
        <translation>Stimmungs-Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mood (0 low – 10 good)</source>
        <translation>&amp;Stimmung (0 schlecht – 10 gut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anxiety (0 none – 10 severe)</source>
        <translation>&amp;Angst (0 keine – 10 stark)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Energy (0 none – 10 plenty)</source>
        <translation>&amp;Energie (0 keine – 10 viel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pain (0 none – 10 worst)</source>
        <translation>Sc&amp;hmerzen (0 keine – 10 stärkste)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../ui/prompts.py" line="+85"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Again</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase message</source>
        <translation>Hinweis zur Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>&amp;Nochmal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Phq9Dialog</name>
    <message>
        <location filename="../ui/scale_dialogs.py" line="-6"/>
        <source>Mood questionnaire (PHQ-9)</source>
        <translation>Stimmungs-Fragebogen (PHQ-9)</translation>
    </message>
</context>
<context>
    <name>PlanChangeDialog</name>
    <message>
        <location filename="../ui/plan_change_dialog.py" line="-44"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to hold</source>
        <translation>Tage verlängern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold for</source>
        <translation>Verlängern um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why (kept with the plan&apos;s history)</source>
        <translation>Warum (wird mit dem Verlauf des Plans aufbewahrt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: why (kept with the plan&apos;s history)</source>
        <translation>Optional: warum (wird mit dem Verlauf des Plans aufbewahrt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Please add a short note.</source>
        <translation>Bitte schreib eine kurze Notiz dazu.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/plan_dialog.py" line="+54"/>
        <source>Taper plan</source>
        <translation>Ausschleichplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interval first (fewer doses a day, then smaller doses)</source>
        <translation>Erst der Abstand (weniger Dosen am Tag, dann kleinere Dosen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of the current target each step</source>
        <translation>Prozent des aktuellen Ziels pro Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal cuts each step</source>
        <translation>Gleich große Schritte pro Stufe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the plan</source>
        <translation>Problem mit dem Plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the plan&apos;s steps</source>
        <translation>Vorschau der Stufen des Plans</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;covers</source>
        <translation>Plan &amp;gilt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current &amp;daily amount</source>
        <translation>Aktuelle &amp;Tagesmenge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses &amp;per day now</source>
        <translation>&amp;Dosen pro Tag jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target doses per day</source>
        <translation>&amp;Ziel: Dosen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;length</source>
        <translation>Stufen&amp;länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reduction per step (%)</source>
        <translation>&amp;Reduktion pro Stufe (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale r&amp;esolution</source>
        <translation>&amp;Auflösung der Waage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal (0 = stop)</source>
        <translation>&amp;Endziel (0 = aufhören)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start on</source>
        <translation>&amp;Beginn am</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval first drops one dose a day per step until this many remain</source>
        <translation>„Erst der Abstand“ streicht pro Stufe eine Dosis am Tag, bis so viele übrig sind</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>daily amount</source>
        <translation>Tagesmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>Endziel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leaf powder and ordinary products</source>
        <translation>Blattpulver und gewöhnliche Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High-potency products only (extracts, shots)</source>
        <translation>Nur hochpotente Produkte (Extrakte, Shots)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} steps, from {first} to {last}.</source>
        <translation>{n} Stufen, vom {first} bis zum {last}.</translation>
    </message>
</context>
<context>
    <name>PrivacyGroup</name>
    <message>
        <location filename="../ui/reminders_group.py" line="+163"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discreet &amp;mode</source>
        <translation>Diskreter &amp;Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discreet mode</source>
        <translation>Diskreter Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved on this computer, so the lock screen is discreet too.</source>
        <translation>Wird auf diesem Computer gespeichert, damit auch der Sperrbildschirm diskret ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For shared screens: the window title, the lock screen and the tray say only “Journal”. Reminders never name a substance either way.</source>
        <translation>Für geteilte Bildschirme: Fenstertitel, Sperrbildschirm und Infobereich zeigen nur „Tagebuch“. Erinnerungen nennen ohnehin nie eine Substanz.</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location filename="../ui/products_dialog.py" line="+21"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Red vein powder</source>
        <translation>z. B. Red-Vein-Pulver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, e.g. {example}</source>
        <translation>Optional, z. B. {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High potency (extract or shot)</source>
        <translation>Hochpoten&amp;t (Extrakt oder Shot)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extracts and shots are far stronger than leaf powder, so they are totalled separately.</source>
        <translation>Extrakte und Shots sind viel stärker als Blattpulver, deshalb werden sie getrennt zusammengezählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many grams of leaf powder one unit of this product counts as. Without it, this product is always totalled on its own.</source>
        <translation>Wie viel Gramm Blattpulver eine Einheit dieses Produkts entspricht. Ohne diesen Wert wird das Produkt immer getrennt zusammengezählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>Ein&amp;heit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grams per unit</source>
        <translation>&amp;Gramm pro Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High potency (extract or shot)</source>
        <translation>Hochpotent (Extrakt oder Shot)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leaf-equivalent factor</source>
        <translation>&amp;Blattpulver-Äquivalent</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>grams per unit</source>
        <translation>Gramm pro Einheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaf-equivalent factor</source>
        <translation>Blattpulver-Äquivalent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed “{name}”. Doses you logged with it still show its name.</source>
        <translation>„{name}“ entfernt. Dosen, die du damit erfasst hast, zeigen weiter seinen Namen.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../ui/progress_page.py" line="+78"/>
        <location line="+74"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart as PNG or SVG</source>
        <translation>Diagramm als PNG oder SVG exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value under the pointer</source>
        <translation>Wert unter dem Mauszeiger</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <location line="+13"/>
        <source>Insights</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Chart: {title}</source>
        <translation>Diagramm: {title}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not enough entries in this period yet.</source>
        <translation>In diesem Zeitraum gibt es noch nicht genug Einträge.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to {path}. The image is not encrypted.</source>
        <translation>Gespeichert unter {path}. Das Bild ist nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../ui/scale_dialogs.py" line="-136"/>
        <source>{title}. {source} The score is something to talk over with a clinician; it is not a diagnosis.</source>
        <translation>{title}. {source} Der Wert ist etwas, worüber du mit deinen Behandelnden sprechen kannst; er ist keine Diagnose.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Because of your answer to item 9, this questionnaire will be shown on your clinician summary, so you can talk about it together.</source>
        <translation>Wegen deiner Antwort auf Frage 9 erscheint dieser Fragebogen in deiner Zusammenfassung für den Termin, damit ihr gemeinsam darüber sprechen könnt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} total: {total} — {band}</source>
        <translation>{name} gesamt: {total} — {band}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. The score is a guide for a conversation with a clinician, not a diagnosis.</source>
        <translation>Gespeichert. Der Wert ist ein Anhaltspunkt für ein Gespräch mit deinen Behandelnden, keine Diagnose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer to item 9 is marked on your clinician summary.</source>
        <translation>Deine Antwort auf Frage 9 ist in deiner Zusammenfassung für den Termin markiert.</translation>
    </message>
</context>
<context>
    <name>ReminderGroup</name>
    <message>
        <location filename="../ui/reminders_group.py" line="-141"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily &amp;check-in at</source>
        <translation>Täglicher &amp;Check-in um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep &amp;diary at</source>
        <translation>Schla&amp;ftagebuch um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the planned inter&amp;val has passed</source>
        <translation>Wenn der geplante Abstand ver&amp;gangen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders status</source>
        <translation>Status der Erinnerungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Daily check-in reminder</source>
        <translation>Erinnerung an den täglichen Check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day at this time, unless you have already logged your mood or a withdrawal check that day.</source>
        <translation>Einmal am Tag um diese Uhrzeit, außer du hast an dem Tag schon deine Stimmung oder einen Entzugs-Check erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily check-in reminder time</source>
        <translation>Uhrzeit der Check-in-Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the daily check-in reminder comes (24-hour clock).</source>
        <translation>Wann die Erinnerung an den täglichen Check-in kommt (24-Stunden-Uhr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sleep diary reminder</source>
        <translation>Erinnerung ans Schlaftagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a day at this time, unless last night&apos;s sleep diary is written.</source>
        <translation>Einmal am Tag um diese Uhrzeit, außer das Schlaftagebuch für die letzte Nacht ist schon geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sleep diary reminder time</source>
        <translation>Uhrzeit der Schlaftagebuch-Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the sleep diary reminder comes (24-hour clock).</source>
        <translation>Wann die Erinnerung ans Schlaftagebuch kommt (24-Stunden-Uhr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned interval reminder</source>
        <translation>Erinnerung an den geplanten Abstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once, when your plan&apos;s minimum time between doses has passed since the last dose you logged.</source>
        <translation>Einmal, wenn seit deiner zuletzt erfassten Dosis der Mindestabstand deines Plans vergangen ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shown by the system tray while the app is open, locked or not. They never name a substance, a product or an amount.</source>
        <translation>Werden über den Infobereich des Systems angezeigt, solange die App geöffnet ist, gesperrt oder nicht. Sie nennen nie eine Substanz, ein Produkt oder eine Menge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uses the minimum interval of your taper plan&apos;s current step, counted from your last dose. Without a plan there is nothing to remind.</source>
        <translation>Nutzt den Mindestabstand der aktuellen Stufe deines Ausschleichplans, gezählt ab deiner letzten Dosis. Ohne Plan gibt es nichts zu erinnern.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../ui/reminders.py" line="+102"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When you are ready, note how you slept.</source>
        <translation>Wenn du so weit bist, notiere, wie du geschlafen hast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for your daily check-in.</source>
        <translation>Zeit für deinen täglichen Check-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval you planned has passed.</source>
        <translation>Der Abstand, den du geplant hast, ist vergangen.</translation>
    </message>
</context>
<context>
    <name>ScaleForm</name>
    <message>
        <location filename="../ui/scale_forms.py" line="-254"/>
        <source>Total score</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Item {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” has no answer yet. Choose an answer (or press its number), then save again.</source>
        <translation>„{item}“ hat noch keine Antwort. Wähle eine Antwort (oder drück ihre Zahl) und speichere dann noch einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total {total} of {most} so far · {answered} of {count} answered</source>
        <translation>Bisher {total} von {most} · {answered} von {count} beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total {total} of {most} — {band}</source>
        <translation>Gesamt {total} von {most} — {band}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total {total} of {most}</source>
        <translation>Gesamt {total} von {most}</translation>
    </message>
</context>
<context>
    <name>SelfReflectionDialog</name>
    <message>
        <location filename="../ui/scale_dialogs.py" line="+42"/>
        <source>Monthly self-reflection</source>
        <translation>Monatliche Selbstreflexion</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings_page.py" line="+67"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products…</source>
        <translation>&amp;Produkte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Triggers…</source>
        <translation>A&amp;uslöser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="-77"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The products and triggers you choose from when you log doses and cravings.</source>
        <translation>Die Produkte und Auslöser, aus denen du wählst, wenn du Dosen und Suchtdruck erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit products</source>
        <translation>Produkte bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit triggers</source>
        <translation>Auslöser bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Offer PHQ-9 and GAD-7 every</source>
        <translation>PHQ-9 und GAD-7 anbieten &amp;alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ask again after a craving</source>
        <translation>Nach Suchtdruck &amp;erneut fragen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;unit for doses</source>
        <translation>Standardeinheit für &amp;Dosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Sperren nach Untätigkeit von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How often the journal offers the mood questionnaires; Never turns it off.</source>
        <translation>Wie oft das Tagebuch die Stimmungs-Fragebögen anbietet; „Nie“ schaltet das ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cravings come in waves; the journal asks again after this long.</source>
        <translation>Suchtdruck kommt in Wellen; nach dieser Zeit fragt das Tagebuch noch einmal nach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locks the journal after this long without a key press or mouse movement. Ctrl+L locks it at once.</source>
        <translation>Sperrt das Tagebuch nach dieser Zeit ohne Tastendruck oder Mausbewegung. Strg+L sperrt es sofort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>SleepDialog</name>
    <message>
        <location filename="../ui/checkin_dialogs.py" line="+45"/>
        <source>Sleep diary: last night</source>
        <translation>Schlaftagebuch: letzte Nacht</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very poor</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Mittelmäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time in bed, total sleep and efficiency</source>
        <translation>Zeit im Bett, Schlaf gesamt und Schlafeffizienz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional comments</source>
        <translation>Optionale Anmerkungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Night of</source>
        <translation>Na&amp;cht vom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The evening you went to bed</source>
        <translation>Der Abend, an dem du ins Bett gegangen bist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went to &amp;bed at</source>
        <translation>Ins &amp;Bett gegangen um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tried to sleep at</source>
        <translation>&amp;Einschlafversuch um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes to fall a&amp;sleep</source>
        <translation>Minuten bis zum Ein&amp;schlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Awakenings (times)</source>
        <translation>&amp;Aufgewacht (wie oft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes awake in the night</source>
        <translation>&amp;Minuten wach in der Nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Final awakening at</source>
        <translation>&amp;Letztes Aufwachen um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Out of bed at</source>
        <translation>Au&amp;fgestanden um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep &amp;quality</source>
        <translation>Schlaf&amp;qualität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the Consensus Sleep Diary. {source}</source>
        <translation>Nach dem Consensus Sleep Diary. {source}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>went to bed</source>
        <translation>ins Bett gegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tried to sleep</source>
        <translation>Einschlafversuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>final awakening</source>
        <translation>letztes Aufwachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of bed</source>
        <translation>aufgestanden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not complete yet: {problem}</source>
        <translation>Noch nicht vollständig: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time in bed {bed} · asleep {asleep} · efficiency {eff} %</source>
        <translation>Zeit im Bett {bed} · Schlaf {asleep} · Schlafeffizienz {eff} %</translation>
    </message>
</context>
<context>
    <name>SowsDialog</name>
    <message>
        <location filename="../ui/scale_dialogs.py" line="-191"/>
        <source>Withdrawal check (SOWS)</source>
        <translation>Entzugs-Check (SOWS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}. {source}</source>
        <translation>{title}. {source}</translation>
    </message>
</context>
<context>
    <name>StepChart</name>
    <message>
        <location filename="../ui/taper_chart.py" line="+30"/>
        <source>Chart of the plan&apos;s daily targets and what you took</source>
        <translation>Diagramm der Tagesziele des Plans und dessen, was du genommen hast</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No plan yet.</source>
        <translation>Noch kein Plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} steps from {start} to {end}, from {high} a day to {low}.</source>
        <translation>{n} Stufen vom {start} bis zum {end}, von {high} pro Tag bis {low}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Doses logged on {n} days; the last, {day}: {amount}.</source>
        <translation>Dosen an {n} Tagen erfasst; zuletzt am {day}: {amount}.</translation>
    </message>
</context>
<context>
    <name>SubstanceDialog</name>
    <message>
        <location filename="../ui/dose_dialogs.py" line="-44"/>
        <source>Log another substance</source>
        <translation>Andere Substanz erfassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 2 glasses of wine, 5 mg</source>
        <translation>z. B. 2 Gläser Wein, 5 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Substance</source>
        <translation>&amp;Substanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional, in your words</source>
        <translation>Optional, in deinen Worten</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/summary_page.py" line="+26"/>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include my private &amp;notes</source>
        <translation>Meine privaten N&amp;otizen einbeziehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include: {section}</source>
        <translation>Einbeziehen: {section}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional; left out when empty</source>
        <translation>Optional; bleibt leer weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions for this appointment</source>
        <translation>Fragen für diesen Termin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary status</source>
        <translation>Status der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>P&amp;eriod</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;aper</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me on the summary</source>
        <translation>&amp;Name auf der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include my private notes</source>
        <translation>Meine privaten Notizen einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appointment summary</source>
        <translation>Zusammenfassung für den Termin</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview of the summary</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved to {path} ({pages} pages). The PDF is not encrypted.</source>
        <translation>Gespeichert unter {path} ({pages} Seiten). Das PDF ist nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>TaperPage</name>
    <message>
        <location filename="../ui/taper_page.py" line="+58"/>
        <source>Taper plan</source>
        <translation>Ausschleichplan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steps of the plan</source>
        <translation>Stufen des Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each day against the plan</source>
        <translation>Jeder Tag im Vergleich zum Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change plan…</source>
        <translation>Plan &amp;ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold this step…</source>
        <translation>Stufe &amp;verlängern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go back a step…</source>
        <translation>Eine Stufe &amp;zurück…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Steps</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>You might consider holding this step: {reason}</source>
        <translation>Vielleicht möchtest du diese Stufe verlängern: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No taper plan yet. A plan starts with a steady step at your current amount, then lengthens the time between doses before it trims the amount per dose.</source>
        <translation>Noch kein Ausschleichplan. Ein Plan beginnt mit einer ruhigen Stufe bei deiner aktuellen Menge, verlängert dann den Abstand zwischen den Dosen und verringert erst danach die Menge pro Dosis.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan starts on {day}.</source>
        <translation>Der Plan beginnt am {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan ended on {day}.</source>
        <translation>Der Plan endete am {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {n} of {count}: {target} a day, until {end}</source>
        <translation>Stufe {n} von {count}: {target} pro Tag, bis zum {end}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · {doses} doses, at least {gap} apart</source>
        <translation> · {doses} Dosen, mindestens {gap} Abstand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On target on {pct} % of days so far</source>
        <translation>Bisher an {pct} % der Tage im Ziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{pct} % in this step</source>
        <translation>{pct} % in dieser Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} days on target in a row</source>
        <translation>{n} Tage in Folge im Ziel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan version {n}, made {day}</source>
        <translation>Planversion {n}, erstellt am {day}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No such doses logged in the last 7 days: enter your current amount.</source>
        <translation>In den letzten 7 Tagen sind keine solchen Dosen erfasst: Gib deine aktuelle Menge ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in from your last {n} days of logged doses (the middle values). Change anything that does not fit.</source>
        <translation>Ausgefüllt aus den erfassten Dosen deiner letzten {n} Tage (die mittleren Werte). Ändere alles, was nicht passt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change the plan from today</source>
        <translation>Plan ab heute ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting from today&apos;s target. Days already past keep their targets.</source>
        <translation>Beginnt beim heutigen Ziel. Vergangene Tage behalten ihre Ziele.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ui/today_page.py" line="+24"/>
        <source>Today&apos;s amount against the target</source>
        <translation>Heutige Menge im Vergleich zum Ziel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+36"/>
        <source>Recent entries</source>
        <translation>Letzte Einträge</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Log: {what}</source>
        <translation>Erfassen: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} (key {key})</source>
        <translation>{what} (Taste {key})</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Riding out a craving: I will ask how it is at {time}.</source>
        <translation>Du hältst einen Suchtdruck aus: Ich frage um {time} nach, wie es dir geht.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/tray.py" line="+54"/>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>TriggerList</name>
    <message>
        <location filename="../ui/entry_widgets.py" line="+44"/>
        <source>{name} (removed from the list)</source>
        <translation>{name} (aus der Liste entfernt)</translation>
    </message>
</context>
<context>
    <name>TriggerNoteDialog</name>
    <message>
        <location filename="../ui/checkin_dialogs.py" line="+13"/>
        <source>Trigger note</source>
        <translation>Auslöser-Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no particular trigger)</source>
        <translation>(kein bestimmter Auslöser)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If … then I will … (e.g. If I feel restless after work, then I walk first)</source>
        <translation>Wenn … dann … (z. B. Wenn ich nach der Arbeit unruhig bin, gehe ich zuerst spazieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;rigger</source>
        <translation>A&amp;uslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What happened</source>
        <translation>&amp;Was ist passiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;If-then plan</source>
        <translation>Wenn-&amp;dann-Plan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} (removed from the list)</source>
        <translation>{name} (aus der Liste entfernt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What happened: please write a few words.</source>
        <translation>Was ist passiert: Bitte schreib ein paar Worte dazu.</translation>
    </message>
</context>
<context>
    <name>TriggersDialog</name>
    <message>
        <location filename="../ui/triggers_dialog.py" line="+29"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. boredom in the evening</source>
        <translation>z. B. Langeweile am Abend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If I feel bored in the evening, then I will call a friend or go for a walk.</source>
        <translation>Wenn mir abends langweilig ist, rufe ich jemanden an oder gehe spazieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What tends to happen, what helped before…</source>
        <translation>Was meistens passiert, was früher geholfen hat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;If-then plan</source>
        <translation>&amp;Wenn-dann-Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Triggers</source>
        <translation>&amp;Auslöser</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Removed “{name}”. Cravings you logged with it keep it; it is no longer offered.</source>
        <translation>„{name}“ entfernt. Suchtdruck, den du damit erfasst hast, behält ihn; er wird nicht mehr angeboten.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../ui/unlock_page.py" line="+103"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Unlock message</source>
        <translation>Hinweis zum Entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <location line="+10"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>&amp;Restore the newest good backup…</source>
        <translation>Neueste gute Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again</source>
        <translation>&amp;Nochmal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The key kept in the system keyring does not open the journal. If the key is right, the journal file may be damaged. The file was left as it is.</source>
        <translation>Der Schlüssel aus dem Schlüsselbund des Systems öffnet das Tagebuch nicht. Wenn der Schlüssel stimmt, ist die Tagebuchdatei vielleicht beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your journal is encrypted on this computer. No system keyring is available to keep its key, so please choose a passphrase (at least 8 characters). Nobody can recover it for you: keep it somewhere safe.</source>
        <translation>Dein Tagebuch wird auf diesem Computer verschlüsselt. Es gibt keinen Schlüsselbund des Systems, der seinen Schlüssel aufbewahren könnte, deshalb wähle bitte eine Passphrase (mindestens 8 Zeichen). Niemand kann sie für dich zurückholen: Bewahre sie sicher auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create journal</source>
        <translation>Tagebuch &amp;anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your passphrase to open your journal.</source>
        <translation>Gib deine Passphrase ein, um dein Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal could not be opened</source>
        <translation>Das Tagebuch konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. The details:</source>
        <translation>Es wurde nichts geändert. Die Einzelheiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your entries are hidden while the journal is locked.</source>
        <translation>Deine Einträge sind verborgen, solange das Tagebuch gesperrt ist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome to Recovery Journal</source>
        <translation>Willkommen bei Recovery Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal is locked</source>
        <translation>Das Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery Journal is locked</source>
        <translation>Recovery Journal ist gesperrt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The journal file will not open, but your backup from {when} does with the same key: the journal file is probably damaged. You can restore that backup; the damaged file is kept beside it.</source>
        <translation>Die Tagebuchdatei lässt sich nicht öffnen, deine Sicherung vom {when} aber schon, mit demselben Schlüssel: Die Tagebuchdatei ist wahrscheinlich beschädigt. Du kannst diese Sicherung wiederherstellen; die beschädigte Datei wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Put the backup from {when} in place of the damaged journal? Entries made after it are not in it. The damaged file is kept in the journal&apos;s folder, renamed.</source>
        <translation>Die Sicherung vom {when} anstelle des beschädigten Tagebuchs einsetzen? Einträge, die danach gemacht wurden, sind nicht darin. Die beschädigte Datei wird umbenannt im Ordner des Tagebuchs aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please type your passphrase.</source>
        <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal&apos;s key does not open the backup. The file was left as it is.</source>
        <translation>Der Schlüssel des Tagebuchs öffnet die Sicherung nicht. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This passphrase does not open the journal. Check it and try again (capitals count).</source>
        <translation>Diese Passphrase öffnet das Tagebuch nicht. Prüfe sie und versuche es noch einmal (auf Groß- und Kleinschreibung achten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>Die Passphrase muss mindestens {count} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../ui/errors.py" line="+48"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Your saved entries are safe. A short technical note (with none of your entries in it) was written to {path}.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen. Deine gespeicherten Einträge sind sicher. Eine kurze technische Notiz (ohne deine Einträge) wurde nach {path} geschrieben.</translation>
    </message>
</context>
</TS>
