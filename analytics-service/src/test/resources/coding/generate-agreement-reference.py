#!/usr/bin/python3
"""Reference values for Agreement (Cohen's kappa, Krippendorff's alpha, percent agreement) from NLTK.

Debian: apt-get install python3-nltk. Run from this directory:
    /usr/bin/python3 generate-agreement-reference.py > agreement-reference.csv
Each case: two coders' nominal labels for the same units, '|'-separated. Undefined values are NA.
"""
import random
from nltk.metrics.agreement import AnnotationTask

cases = [
    ("perfect", "a b c a b", "a b c a b"),
    ("one disagreement", "a a b b a", "a a b a a"),
    ("all same label", "x x x x", "x x x x"),
    ("each coder constant but different", "x x x", "y y y"),
    ("binary half", "1 0 1 0", "1 1 0 0"),
    ("binary opposite", "1 0 1 0", "0 1 0 1"),
    ("single unit agree", "p", "p"),
    ("single unit disagree", "p", "q"),
    ("three labels", "a b c a b c a b c", "a b c c b a a c b"),
    ("rare code present once", "0 0 0 0 0 0 0 0 0 1", "0 0 0 0 0 0 0 0 0 1"),
    ("rare code missed", "0 0 0 0 0 0 0 0 0 1", "0 0 0 0 0 0 0 0 0 0"),
]
rng = random.Random(20261125)
for size, labels, noise in [(20, "ab", 0.2), (50, "abc", 0.3), (100, "01", 0.1), (200, "abcde", 0.4), (500, "01", 0.05), (37, "xyz", 0.5)]:
    first = [rng.choice(labels) for _ in range(size)]
    second = [x if rng.random() > noise else rng.choice(labels) for x in first]
    cases.append((f"random {size} {labels} {noise}", " ".join(first), " ".join(second)))

def fmt(fn):
    try:
        return repr(float(fn()))
    except ZeroDivisionError:
        return "NA"

print("case,first,second,percent,kappa,alpha")
for name, first, second in cases:
    a, b = first.split(), second.split()
    task = AnnotationTask(data=[("c1", i, x) for i, x in enumerate(a)] + [("c2", i, x) for i, x in enumerate(b)])
    # NLTK reports alpha = 1 when every value is the same (expected disagreement 0); that case is
    # undefined, and Nearpeer reports it as such.
    alpha = "NA" if len(set(a + b)) == 1 else fmt(task.alpha)
    print(f"{name},{'|'.join(a)},{'|'.join(b)},{fmt(task.avg_Ao)},{fmt(task.kappa)},{alpha}")
