// The Jest 29/30 harnesses must resolve their own Jest before any test spawns one (see the script).
import '../scripts/ensure-harnesses.mjs';

export default function setup(): void {}
