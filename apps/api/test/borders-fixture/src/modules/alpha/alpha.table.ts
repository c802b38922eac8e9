export const alphas = { name: 'alphas' };
