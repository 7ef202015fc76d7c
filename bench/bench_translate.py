"""Benchmark (not a test): translate one 200-paragraph Arabic document three ways.

  (a) the workbench ArgosEngine (our splitter, sentences of many paragraphs sorted by length and
      batched, drafts streamed);
  (b) argostranslate's way: its own `apply_packaged_translation`, one call per paragraph, with
      a Translator built from its own settings (inter_threads=1, intra_threads=0), as
      PackageTranslation does; (b2) the same calls on the engine's thread settings, to separate
      what batching gains from what thread settings gain;
  (c) one raw `translate_batch` over all sentences with the engine's batch limit and threads;
  (p) (a) through the project pipeline, as `workbench translate` runs it: a real project file,
      drafts written in groups as they stream (p/a is what storing costs).

The model is a random-weight Transformer of the real Argos ar->en size (6+6 layers, d_model
512, FFN 2048, 8 heads, 32k vocabulary, int8; tests/fixtures/tiny_model.py). Its weights make
`</s>` win once the target reaches about 1.1x the source length, sentence by sentence, so every
way decodes the same realistic lengths with no per-call length options. Each way runs in its
own process (peak RSS is its VmHWM; model load and a one-sentence warm-up are not timed).
The machine may be shared: (a), (c) and (p) run alternately `--repeats` times and the fastest run
of each counts; CPU seconds (all threads) are printed beside wall seconds.

`--greedy` (on by default) also runs (a) and (c) at beam 1, the "fast draft" option
(`get_engine(..., beam_size=1)`, `workbench translate --fast`), and prints beam 4 / greedy.
Quiet machine, 2026-11-26: (a) beam 4 33.2 s wall / 65.4 s cpu, greedy 14.0 s / 27.6 s (2.38x).

Run: .venv/bin/python bench/bench_translate.py [--paragraphs 200] [--ways a,b,b2,c,p]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak import peak_rss_mb  # bench/peak.py: this script's folder is on sys.path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SEED = 2024
LENGTH_RATIO = 1.45  # the length head's setting that gives ~1.1 target/source pieces at beam 4


def document(paragraphs: int) -> list[str]:
    from tests.fixtures.tiny_text import generated_arabic_paragraph

    rng = random.Random(SEED)
    return [generated_arabic_paragraph(rng) for _ in range(paragraphs)]


def build_model(workdir: Path) -> Path:
    from tests.fixtures.tiny_model import build_tiny_argos_package
    from tests.fixtures.tiny_text import generated_arabic_paragraph

    rng = random.Random(7)
    training = [generated_arabic_paragraph(rng) for _ in range(3000)]
    return build_tiny_argos_package(
        workdir,
        d_model=512,
        layers=6,
        heads=8,
        ffn_dim=2048,
        vocab_size=32000,
        real_pieces=800,
        quantization="int8",
        gain=0.6,
        length_ratio=LENGTH_RATIO,
        extra_lines=training,
    )




def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_way(way: str, beam: int, paragraphs: int) -> dict:
    """Runs inside the child process: returns seconds, peak RSS and output sizes."""
    from workbench import paths

    paths.configure_environment()  # before argostranslate is imported: its folders go there
    from workbench.core.jobs import JobContext
    from workbench.core.model import TranslationRequest
    from workbench.mt.argos_engine import ArgosEngine
    from workbench.mt.argos_packages import find_model
    from workbench.mt.sentences import split_sentences

    texts = document(paragraphs)
    model = find_model("translate-ar_en")
    engine = ArgosEngine(model, beam_size=beam)
    result: dict = {"way": way, "beam": beam}
    if way == "a":
        warm = [TranslationRequest(0, "جملة قصيرة للتسخين.")]
        list(engine.translate(warm, JobContext()))
        requests = [TranslationRequest(i, t) for i, t in enumerate(texts)]
        start, cpu = time.perf_counter(), cpu_seconds()
        drafts = list(engine.translate(requests, JobContext()))
        result["seconds"] = time.perf_counter() - start
        result["cpu_seconds"] = cpu_seconds() - cpu
        result["chars_out"] = sum(len(d.text) for d in drafts)
    elif way == "p":
        # The command line's whole path: a real project file, drafts written in groups by the
        # pipeline (project.pipeline.translate via Project.translate), as `workbench translate`.
        try:
            from workbench.project import Project
        except ImportError:  # a tree from before the facade moved to workbench/project
            from workbench.core.project import Project
        folder = Path(tempfile.mkdtemp(prefix="bench-p-"))
        doc = folder / "bench.txt"
        doc.write_text("\n\n".join(texts), encoding="utf-8")
        project = Project.create(folder / "bench.wbproj")
        project.import_document(doc)
        list(engine.translate([TranslationRequest(0, "جملة قصيرة للتسخين.")], JobContext()))
        start, cpu = time.perf_counter(), cpu_seconds()
        result["drafts"] = project.translate(engine, JobContext())
        result["seconds"] = time.perf_counter() - start
        result["cpu_seconds"] = cpu_seconds() - cpu
        project.close()
    elif way in ("b", "b2"):
        import ctranslate2
        from argostranslate import package, settings
        from argostranslate import translate as argos

        class Splitter:  # argostranslate's sentencizer interface, our splitter inside
            def split_sentences(self, text: str) -> list[str]:
                return list(split_sentences(text).sentences)

        settings.beam_size = beam  # argos uses beam max(num_hypotheses, settings.beam_size)
        pkg = package.Package(model.path)
        threads = (
            dict(inter_threads=settings.inter_threads, intra_threads=settings.intra_threads)
            if way == "b"
            else {k: engine._translator_args[k] for k in ("inter_threads", "intra_threads")}
        )
        translator = ctranslate2.Translator(
            str(model.path / "model"),
            device=settings.device,
            compute_type=settings.compute_type,
            **threads,
        )
        argos.apply_packaged_translation(pkg, "جملة قصيرة للتسخين.", translator, Splitter(), 1)
        start, cpu = time.perf_counter(), cpu_seconds()
        outputs = [
            argos.apply_packaged_translation(pkg, text, translator, Splitter(), 1)[0].value
            for text in texts
        ]
        result["seconds"] = time.perf_counter() - start
        result["cpu_seconds"] = cpu_seconds() - cpu
        result["chars_out"] = sum(len(o) for o in outputs)
        result["threads"] = threads
    elif way == "c":
        engine._ensure_loaded()
        sp, translator = engine._sp, engine._translator
        sentences = [s for t in texts for s in split_sentences(t).sentences]
        pieces = [sp.encode(s, out_type=str) for s in sentences]
        engine._translate_pieces(pieces[:1])
        start, cpu = time.perf_counter(), cpu_seconds()
        outputs = engine._translate_pieces(pieces)  # one translate_batch, the engine's options
        result["seconds"] = time.perf_counter() - start
        result["cpu_seconds"] = cpu_seconds() - cpu
        result["sentences"] = len(pieces)
        result["source_pieces"] = sum(map(len, pieces))
        result["target_pieces"] = sum(map(len, outputs))
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def spawn(way: str, beam: int, paragraphs: int, env: dict) -> dict:
    cmd = [sys.executable, __file__, "--child", way, "--beam", str(beam)]
    cmd += ["--paragraphs", str(paragraphs)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"way {way} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=200)
    parser.add_argument("--ways", default="a,b,b2,c,p")
    parser.add_argument("--greedy", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--repeats", type=int, default=2, help="runs of (a) and (c) each")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--beam", type=int, default=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_way(args.child, args.beam, args.paragraphs)))
        return

    work = Path(tempfile.mkdtemp(prefix="bench-translate-"))
    env = dict(os.environ, WORKBENCH_HOME=str(work / "home"))
    os.environ.update(env)
    from workbench import paths
    from workbench.mt.argos_packages import install_package

    paths.configure_environment()
    start = time.perf_counter()
    package = build_model(work)
    model = install_package(package)
    built = time.perf_counter() - start
    print(f"model: {model.size_bytes / 1e6:.0f} MB on disk, built in {built:.0f} s")
    texts = document(args.paragraphs)
    print(f"document: {len(texts)} paragraphs, {sum(len(t.split()) for t in texts)} words")
    print(f"cpu cores: {os.cpu_count()}, load average at start: {os.getloadavg()[0]:.1f}\n")

    ways = args.ways.split(",")
    plan = [(way, 4) for way in ways]
    plan += [(way, 4) for _ in range(args.repeats - 1) for way in ways if way in ("a", "c", "p")]
    if args.greedy:
        plan += [(way, 1) for _ in range(args.repeats) for way in ("a", "c") if way in ways]
    runs: dict[tuple[str, int], dict] = {}
    for way, beam in plan:
        r = spawn(way, beam, args.paragraphs, env)
        r["load"] = os.getloadavg()[0]
        if (way, beam) not in runs or r["seconds"] < runs[way, beam]["seconds"]:
            runs[way, beam] = r
        print(f"  ran ({way}) beam {beam}: {r['seconds']:.1f} s", file=sys.stderr)
    for (way, beam), r in sorted(runs.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
        extra = ""
        if way == "c":
            ratio = r["target_pieces"] / r["source_pieces"]
            extra = f"  {r['sentences']} sentences, target/source pieces {ratio:.2f}"
        if way == "p":
            extra = f"  {r['drafts']} drafts written"
        if "threads" in r:
            extra = f"  threads {r['threads']}"
        print(
            f"({way:<2}) beam {beam}: {r['seconds']:7.2f} s wall {r['cpu_seconds']:7.2f} s cpu"
            f"  peak RSS {r['peak_rss_mb']:5.0f} MB  load {r['load']:.1f}{extra}"
        )
    seconds = {key: r["seconds"] for key, r in runs.items()}
    print()
    if ("a", 4) in seconds and ("b", 4) in seconds:
        print(f"b/a  = {seconds['b', 4] / seconds['a', 4]:.2f}  (target >= 3)")
    if ("a", 4) in seconds and ("b2", 4) in seconds:
        print(f"b2/a = {seconds['b2', 4] / seconds['a', 4]:.2f}  (batching alone, same threads)")
    if ("a", 4) in seconds and ("c", 4) in seconds:
        print(f"a/c  = {seconds['a', 4] / seconds['c', 4]:.2f}  (target <= 1.10)")
    if ("a", 4) in seconds and ("p", 4) in seconds:
        print(f"p/a  = {seconds['p', 4] / seconds['a', 4]:.2f}  (the project pipeline's cost: grouped writes)")
    if ("a", 1) in seconds:
        print(f"beam 4 / greedy (a) = {seconds['a', 4] / seconds['a', 1]:.2f}")


if __name__ == "__main__":
    main()
