/** Every rule, in the order their findings are reported. Adding a rule: its file, its test, one line here. */
import type { Rule } from './rule';
import { missingRustHelper } from './missingRustHelper';
import { helperNotIncluded } from './helperNotIncluded';
import { helperIncludesUnsorted } from './helperIncludesUnsorted';
import { helperMisnamed } from './helperMisnamed';
import { rawBindingUse } from './rawBindingUse';
import { unnecessaryCast } from './unnecessaryCast';
import { archDependentCast } from './archDependentCast';
import { cCharSign } from './cCharSign';
import { missingBinding } from './missingBinding';

export const RULES: readonly Rule[] = [
  missingRustHelper,
  helperNotIncluded,
  helperIncludesUnsorted,
  helperMisnamed,
  rawBindingUse,
  unnecessaryCast,
  archDependentCast,
  cCharSign,
  missingBinding,
];
