"""Progress by status, words and characters per document (project.progress), on a real project."""

from __future__ import annotations

from workbench.core.model import Status
from workbench.project import Project
from workbench.project.progress import char_count, progress, word_count


def test_arabic_words_and_characters_are_counted_as_a_reader_counts_them():
    assert word_count("وبالحكومة الجديدة") == 2  # clitics belong to their word
    assert word_count("عمّان - وكالات ، 2026") == 3  # a lone dash or comma is no word
    assert word_count("") == 0
    assert char_count("كَتَبَ") == char_count("كتب") == 3  # diacritics are not characters
    assert char_count("جمـــيل") == 4  # nor is tatweel
    assert char_count("نعم، لا") == 6  # punctuation is; spaces are not


def test_progress_by_document_and_status(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("وصل الوفد إلى العاصمة.\n\nوبدأت المحادثات.\n", encoding="utf-8")
    two.write_text("انتهى الاجتماع مساء.\n", encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj") as project:
        project.propagate_repeats = False
        project.import_document(one)
        project.import_document(two)
        first = project.paragraph_ids()[0]
        project.save_target(first, "The delegation reached the capital.", Status.REVIEWED)
        documents, whole = progress(project)
    assert [d.name for d in documents] == ["one.txt", "two.txt"]
    assert documents[0].words[Status.REVIEWED] == 4 and documents[0].words[Status.UNTRANSLATED] == 2
    assert documents[0].done() == 4 and documents[0].total() == 6
    assert documents[1].paragraphs[Status.UNTRANSLATED] == 1 and documents[1].total() == 3
    assert whole.total() == 9 and whole.total("paragraphs") == 3
    assert whole.as_dict()["words"]["reviewed"] == 4


def test_status_words_on_the_command_line(tmp_path, capsys, monkeypatch):
    import json

    from workbench.cli import main

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    doc = tmp_path / "one.txt"
    doc.write_text("وصل الوفد إلى العاصمة.\n\nوبدأت المحادثات.\n", encoding="utf-8")
    assert main(["new", str(tmp_path / "p")]) == 0
    assert main(["import", str(doc), "-p", str(tmp_path / "p.wbproj")]) == 0
    capsys.readouterr()
    assert main(["status", str(tmp_path / "p.wbproj"), "--words"]) == 0
    out = capsys.readouterr().out
    assert "one.txt: 2 paragraphs, 6 words" in out and "untranslated" in out
    assert main(["status", str(tmp_path / "p.wbproj"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["words"]["untranslated"] == 6 and data["documents"][0]["name"] == "one.txt"
