// One tree-sitter parser per thread, created on first use.
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';

let parser: Parser | undefined;

export function parsePython(source: string): Parser.Tree {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  // The binding reads the text through a buffer; a buffer as large as the source avoids many small copies.
  return parser.parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length + 1) });
}
