"""project.merge: an XLIFF another tool translated comes back by unit id; targets land as new
revisions of origin "xliff" at the file's status; a paragraph changed since the export, an unknown
id, another project's unit or a different source is reported and never written."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from workbench.core.errors import DocumentImportError, StaleEdit
from workbench.core.model import Draft, Origin, Status
from workbench.formats.xliff_export import NS_12, NS_20
from workbench.formats.xliff_states import NS_WB
from workbench.project import Project
from workbench.project.merge import Outcome, export_xliff, merge_xliff

LINES = ["وصل الوفد إلى المدينة صباحا.", "عقد الوزير اجتماعا مع السفير.",
         "انتهت الزيارة بعد الظهر."]


def make_project(folder: Path, name: str = "p.wbproj") -> Project:
    doc = folder / f"{name}.txt"
    doc.write_text("\n\n".join(LINES), encoding="utf-8")
    project = Project.create(folder / name)
    project.import_document(doc)
    first, second, _ = project.paragraphs()
    project.apply_drafts([Draft(first.id, "The delegation came.", "argos", "m1"),
                          Draft(second.id, "The minister held meeting.", "argos", "m1")])
    return project


@pytest.fixture
def project(tmp_path: Path):
    with make_project(tmp_path) as p:
        yield p


def translate(path: Path, texts: dict[int, tuple[str, str]]) -> Path:
    """What another tool does: set target text and state of units by paragraph id."""
    tree = etree.parse(str(path))
    root = tree.getroot()
    ns = NS_12 if root.get("version") == "1.2" else NS_20
    for unit in root.iter(f"{{{ns}}}trans-unit", f"{{{ns}}}unit"):
        if int(unit.get("id")) not in texts:
            continue
        text, state = texts[int(unit.get("id"))]
        if ns == NS_12:
            target = unit.find(f"{{{ns}}}target")
            target.text, target.attrib["state"] = text, state
            target.attrib.pop("state-qualifier", None)
        else:
            segment = unit.find(f"{{{ns}}}segment")
            segment.set("state", state)
            segment.attrib.pop("subState", None)
            target = segment.find(f"{{{ns}}}target")
            if target is None:
                target = etree.SubElement(segment, f"{{{ns}}}target")
            target.text = text
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    return path


@pytest.mark.parametrize(("fmt", "state", "status"), [("xliff", "translated", Status.EDITED),
                                                      ("xliff", "signed-off", Status.REVIEWED),
                                                      ("xliff2", "translated", Status.EDITED),
                                                      ("xliff2", "final", Status.APPROVED)])
def test_translated_units_land_as_xliff_revisions_and_keep_the_history(project, tmp_path, fmt, state, status):
    first, second, third = project.paragraphs()
    path = export_xliff(project, tmp_path / "out.xlf", fmt)
    translate(path, {first.id: ("The delegation reached the city in the morning.", state),
                     third.id: ("The visit ended in the afternoon.", state)})
    report = merge_xliff(project, path)
    assert [(r.unit_id, r.outcome) for r in report.results] == [
        (str(first.id), Outcome.APPLIED), (str(second.id), Outcome.UNCHANGED),
        (str(third.id), Outcome.APPLIED)]
    assert not report.problems and not report.warnings
    merged = project.paragraph(first.id)
    assert (merged.target, merged.status) == ("The delegation reached the city in the morning.", status)
    history = project.revisions(first.id)
    assert [(r.text, r.origin) for r in history] == [
        ("The delegation came.", Origin.MACHINE),
        ("The delegation reached the city in the morning.", Origin.XLIFF)]
    assert project.machine_draft(first.id).text == "The delegation came."
    assert project.paragraph(second.id).target == "The minister held meeting."


def test_a_paragraph_changed_since_the_export_is_a_conflict_and_is_kept(project, tmp_path):
    first, second, _ = project.paragraphs()
    path = export_xliff(project, tmp_path / "out.xlf")
    project.save_target(first.id, "A person's own words.", author="Huda")  # after the export
    project.set_status(second.id, Status.REVIEWED, "The minister held meeting.")  # a mark only
    translate(path, {first.id: ("The tool's words.", "translated"),
                     second.id: ("The minister met the ambassador.", "translated")})
    report = merge_xliff(project, path)
    outcomes = {r.unit_id: r for r in report.results}
    assert outcomes[str(first.id)].outcome is Outcome.CONFLICT
    assert outcomes[str(first.id)].project_target == "A person's own words."
    assert outcomes[str(first.id)].file_target == "The tool's words."
    assert outcomes[str(second.id)].outcome is Outcome.CONFLICT
    assert project.paragraph(first.id).target == "A person's own words."
    assert (project.paragraph(second.id).target, project.paragraph(second.id).status) == (
        "The minister held meeting.", Status.REVIEWED)
    assert Origin.XLIFF not in {r.origin for p in (first, second) for r in project.revisions(p.id)}


def test_unknown_ids_and_another_projects_units_are_reported_not_written(project, tmp_path):
    (tmp_path / "other").mkdir()
    with make_project(tmp_path / "other", "other.wbproj") as other:
        foreign = export_xliff(other, tmp_path / "other.xlf")
        ids = [p.id for p in other.paragraphs()]
    translate(foreign, {ids[0]: ("Someone else's text.", "translated")})
    report = merge_xliff(project, foreign)
    assert {r.outcome for r in report.results} == {Outcome.OTHER_PROJECT}
    assert project.paragraph(ids[0]).target == "The delegation came."  # same id, other project

    path = export_xliff(project, tmp_path / "mine.xlf")
    tree = etree.parse(str(path))
    unit = tree.getroot().find(f".//{{{NS_12}}}trans-unit")
    unit.set("id", "9999")
    unit.find(f"{{{NS_12}}}target").text = "Orphan."
    tree.write(str(path))
    report = merge_xliff(project, path)
    assert [(r.unit_id, r.outcome) for r in report.problems] == [("9999", Outcome.UNKNOWN)]


def test_a_unit_whose_source_is_not_the_paragraphs_is_refused(project, tmp_path):
    first = project.paragraphs()[0]
    path = export_xliff(project, tmp_path / "out.xlf")
    translate(path, {first.id: ("Moved text.", "translated")})
    tree = etree.parse(str(path))
    tree.getroot().find(f".//{{{NS_12}}}source").text = "نص آخر تماما"
    tree.write(str(path))
    assert merge_xliff(project, path).problems[0].outcome is Outcome.SOURCE_DIFFERS
    assert project.paragraph(first.id).target == "The delegation came."


def test_dry_run_judges_the_same_and_writes_nothing(project, tmp_path):
    first = project.paragraphs()[0]
    path = export_xliff(project, tmp_path / "out.xlf")
    translate(path, {first.id: ("New words.", "translated")})
    report = merge_xliff(project, path, dry_run=True)
    assert report.dry_run and report.count(Outcome.APPLIED) == 1
    assert project.paragraph(first.id).target == "The delegation came."
    assert len(project.revisions(first.id)) == 1
    data = report.as_dict()
    assert data["counts"]["applied"] == 1 and data["dry_run"] is True


def test_without_stamps_a_persons_text_is_never_replaced_but_a_draft_is(project, tmp_path):
    first, second, _ = project.paragraphs()
    project.save_target(second.id, "The minister met the envoy.")
    path = export_xliff(project, tmp_path / "out.xlf")
    translate(path, {first.id: ("Tool one.", "translated"), second.id: ("Tool two.", "translated")})
    tree = etree.parse(str(path))  # a tool that drops what it does not know
    for element in tree.getroot().iter():
        for key in [k for k in element.attrib if k.startswith(f"{{{NS_WB}}}")]:
            del element.attrib[key]
    tree.write(str(path))
    report = merge_xliff(project, path)
    outcomes = {r.unit_id: r.outcome for r in report.results}
    assert outcomes[str(first.id)] is Outcome.APPLIED and outcomes[str(second.id)] is Outcome.CONFLICT
    assert report.warnings  # the file names no project
    assert project.paragraph(second.id).target == "The minister met the envoy."


def test_a_file_saved_by_translate_toolkit_merges(project, tmp_path):
    from translate.storage.xliff import xlifffile

    first = project.paragraphs()[0]
    path = export_xliff(project, tmp_path / "out.xlf")
    store = xlifffile.parsefile(str(path))
    unit = next(u for u in store.units if u.xmlelement.get("id") == str(first.id))
    unit.target = "Saved by the toolkit."
    unit.markfuzzy(False)
    store.savefile(str(path))
    report = merge_xliff(project, path)
    assert report.count(Outcome.APPLIED) == 1 and not report.problems
    assert project.paragraph(first.id).target == "Saved by the toolkit."


def test_a_refused_file_leaves_the_project_untouched(project, tmp_path):
    bad = tmp_path / "bad.xlf"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><xliff version="1.2">&a;</xliff>')
    before = [(p.target, p.status) for p in project.paragraphs()]
    with pytest.raises(DocumentImportError):
        merge_xliff(project, bad)
    assert [(p.target, p.status) for p in project.paragraphs()] == before


def test_the_store_write_is_compare_and_set_and_all_or_nothing(project):
    first, second, _ = project.paragraphs()
    store = project._store
    with pytest.raises(StaleEdit):
        store.merge_targets([(first.id, first.target, first.status, "One.", Status.EDITED),
                             (second.id, "not what is there", second.status, "Two.", Status.EDITED)],
                            Origin.XLIFF)
    assert project.paragraph(first.id).target == "The delegation came."
    assert len(project.revisions(first.id)) == 1


def test_odd_ids_and_blank_targets_are_reported_without_a_crash(project, tmp_path):
    first, second, _ = project.paragraphs()
    path = export_xliff(project, tmp_path / "out.xlf")
    translate(path, {second.id: ("   ", "translated")})
    tree = etree.parse(str(path))
    unit = tree.getroot().find(f".//{{{NS_12}}}trans-unit")
    unit.set("id", "9" * 5000)  # int() refuses more than 4,300 digits
    unit.find(f"{{{NS_12}}}target").text = "Text."
    tree.write(str(path))
    report = merge_xliff(project, path)
    assert [r.outcome for r in report.results] == [Outcome.UNKNOWN, Outcome.EMPTY, Outcome.EMPTY]
    assert project.paragraph(second.id).target == "The minister held meeting."


def test_what_the_other_tool_confirmed_joins_the_translation_memory(project, tmp_path):
    from workbench.memory.store import MemoryStore

    first, *_ = project.paragraphs()
    path = export_xliff(project, tmp_path / "out.xlf", "xliff")
    translate(path, {first.id: ("The delegation reached the city in the morning.", "signed-off")})
    merge_xliff(project, path)
    with MemoryStore.open() as memory:
        found = memory.lookup(LINES[0])
    assert found and found[0].exact and found[0].target == "The delegation reached the city in the morning."
