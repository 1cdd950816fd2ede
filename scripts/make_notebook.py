"""Write a clean notebook (no outputs, fixed cell ids) from a plain-text cell list: `%% md` / `%% code [tags]` markers.

Used to keep the committed notebooks clean and reviewable: `python scripts/make_notebook.py SRC.py OUT.ipynb`.
"""
import sys

import nbformat


def parse(src: str):
    cells, kind, tags, buf = [], None, [], []
    for line in src.splitlines():
        if line.startswith("%% "):
            if kind:
                cells.append((kind, tags, "\n".join(buf).strip("\n")))
            words = line[3:].split()
            kind, tags, buf = words[0], words[1:], []
        else:
            buf.append(line)
    if kind:
        cells.append((kind, tags, "\n".join(buf).strip("\n")))
    return cells


def main(src_path: str, out_path: str) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for i, (kind, tags, text) in enumerate(parse(open(src_path, encoding="utf-8").read())):
        cell = nbformat.v4.new_markdown_cell(text) if kind == "md" else nbformat.v4.new_code_cell(text)
        cell.id = f"cell-{i:02d}"
        if tags:
            cell.metadata["tags"] = tags
        nb.cells.append(cell)
    nbformat.write(nb, out_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
