// Reads a JSON array of strings on stdin and prints a JSON array of their o200k_base token counts
// (the tokenizer of gpt-4o, gpt-4.1 and the gpt-5 family), for bench_cost.
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
    const texts = JSON.parse(input);
    process.stdout.write(JSON.stringify(texts.map((t) => countTokens(t))));
});
