import { alphas } from './alpha.table';

export const alphaName = () => alphas.name;
