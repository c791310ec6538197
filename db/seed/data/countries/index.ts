import type { TCountryProfile } from '../country-profile';
import { italy } from './italy';
import { mexico } from './mexico';
import { peru } from './peru';
import { spain } from './spain';
import { unitedStates } from './united-states';

/** Demo customer countries; Spain first, as the home market (~45 %). */
export const countries: readonly TCountryProfile[] = [spain, italy, mexico, peru, unitedStates];
