// Violation (infrastructure-imports-no-module): infrastructure knows no feature.
import { alphaName } from '../modules/alpha';

export const widget = () => alphaName();
