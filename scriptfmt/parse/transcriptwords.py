"""The transcript vocabulary (styles/furniture.toml `[transcript]`): the programme's roles and staff
titles, cast-list keys, cue and notice words, office labels, outlets, host phrases, name styles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.languages import every_title

__all__ = ["Words", "words"]


@dataclass(frozen=True, eq=False, repr=False)
class Words:
    staff_roles: frozenset[str]
    staff_title_words: frozenset[str]
    guest_roles: frozenset[str]
    cast_keys: frozenset[str]
    not_speakers: frozenset[str]
    cue_starts: tuple[str, ...]
    notices: tuple[str, ...]
    name_titles: frozenset[str]
    cue_words: frozenset[str]
    attribution_ends: tuple[str, ...]
    offices: dict[str, str]  # `pm` -> `Prime Minister`: an office written short as a label
    outlets: frozenset[str]
    outlet_words: frozenset[str]
    host_phrases: tuple[str, ...]
    styles: frozenset[str]  # `Hon`, `Rt Hon`, `MP`, `QC`: what marks a name in a header as the speaker's own
    stage_notes: tuple[str, ...]  # `talk over each other`: a transcriber's note on a line of its own
    moderator_phrases: tuple[str, ...]  # `let's now have`: who brings a briefing's speaker on moderates it
    unnamed_roles: frozenset[str]  # `neighbour`, `témoin`: what a speaker is, never who (no super)
    field_words: frozenset[str]  # `number`, `source`: words of a form's field names (`STORY NUMBER:`), never of a person's
    sponsor_starts: tuple[str, ...]  # `support for this podcast`: a sponsor credit, never read
    machine_text_starts: tuple[str, ...]  # `ai-generated`: a note that a machine made the text
    press_calls: tuple[str, ...]  # `next question`, `our first question from`: a moderator calls on the press
    self_naming: tuple[str, ...]  # `i'm`, `it's`, `je suis`: what a speaker says before their own name
    arrivals: tuple[str, ...] = ()  # `is with us`: said after the guest's name to bring them on
    articles: frozenset[str] = frozenset()  # `the`, `la`: a capitalised run after one is a place or a body (styles/interview.toml)
    proceedings: tuple[str, ...] = ()  # `hearing`, `c-span`: a caption stream's header naming a proceeding
    presiding_officers: frozenset[str] = frozenset()  # `the presiding officer`: a staff role, yet no programme's person
    notice_starts: tuple[str, ...] = ()  # `notices` and `sponsor_starts` together: what opens a line never read
    questioners: frozenset[str] = frozenset()  # `Q`, `JOURNALIST`, `JORNALISTA`: the press's role labels (a briefing, a doorstep)
    asking_heads: frozenset[str] = frozenset()  # `frage`, `pregunta`: a questioner word before a name (`FRAGE LANGE:`): the press asks
    transcript_words: frozenset[str] = frozenset()  # `transcripción`, `Abschrift`: the record's own name in a desk's language
    complete_words: frozenset[str] = frozenset()  # `completa`, `intégrale`: the record is given whole
    record_notes: tuple[str, ...] = ()  # `the house met at`: a parliament record's note of what the House did
    office_joins: frozenset[str] = frozenset()  # `of`, `for`, `de`: join an office to its domain (`Minister for Health`)
    addresses: frozenset[str] = frozenset()  # `mr`, `madam`, `mme`: how a speaker addresses a person or the chair
    chairs: frozenset[str] = frozenset()  # `chair`, `convener`: who presides over a hearing, labelled by the office
    own_voices: frozenset[str] = frozenset()  # `caller`, `audience member`: roles that are their own voices, never the guest
    voicing: frozenset[str] = frozenset()  # `interpreter`: voices another's words, the turn stays the one before
    chair_addresses: frozenset[str] = frozenset()  # `speaker`, `le président`: the chair as a member addresses it (chairs too)
    co_presenting: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # (`présent`, …), (`avec`, …): the first voice presents with another


@lru_cache(maxsize=1)
def words() -> Words:
    d = tomlfile.load_builtin("furniture.toml")["transcript"]
    low = lambda key: frozenset(w.lower() for w in d[key])  # noqa: E731
    web = tomlfile.load_builtin("furniture.toml")["web"]
    credit_labels = frozenset(w.lower() for w in web["photo_labels"] + web["source_labels"])  # `Foto:`, `Quelle:`: never a speaker
    articles = frozenset(w.lower() for w in tomlfile.load_builtin("interview.toml")["articles"])
    return Words(
        low("staff_roles") | low("presiding_officers"), low("staff_title_words"), low("guest_roles"), low("cast_keys"), low("not_speakers") | credit_labels,
        tuple(w.lower() for w in d["cue_starts"]), tuple(w.lower() for w in d["metadata_starts"]),
        low("name_titles") | every_title(), low("cue_words"), tuple(" " + w.lower() for w in d["attribution_ends"]),
        {k.lower(): v for k, v in d["office_labels"].items()}, low("outlets"), low("outlet_words"),
        tuple(w.lower() for w in d["host_phrases"]), low("name_styles"),
        tuple(w.lower() for w in d["stage_notes"]), tuple(w.lower() for w in d["moderator_phrases"]),
        low("unnamed_roles"), low("field_words"), tuple(w.lower() for w in d["sponsor_starts"]),
        tuple(w.lower() for w in d["machine_text_starts"]), tuple(w.lower() for w in d["press_calls"]),
        tuple(w.lower() for w in d["self_naming"]),
        arrivals=tuple(w.lower() for w in d["arrivals"]), articles=articles, proceedings=tuple(w.lower() for w in d["proceedings"]),
        presiding_officers=low("presiding_officers"), notice_starts=tuple(w.lower() for w in d["metadata_starts"] + d["sponsor_starts"]),
        asking_heads=low("asking_heads"), questioners=low("questioners") | low("asking_heads"),
        office_joins=low("office_joins"), addresses=low("address_words"), chairs=low("chair_labels"),
        chair_addresses=low("chair_addresses") | low("chair_labels"), own_voices=low("own_voice_roles"), voicing=low("voicing_roles"),
        transcript_words=low("transcript_words"), complete_words=low("complete_words"), record_notes=tuple(w.lower() for w in d["record_notes"]),
        co_presenting=(tuple(d["co_presenting_stems"]), tuple(d["co_presenting_links"])))
