/**
 * The two hierarchies of docs/domain.md (Roles) as SQL subqueries: a Trainer Admin's team (down
 * `parent_trainer_id`) and a studio chain (down `parent_studio_id`). Each selects the ids bound at
 * `roots` (a uuid[] parameter such as `:scopeAdmins` or `$2`) and every row below them, transitively;
 * `union` (not `union all`) stops the recursion even on a cycle. Other subgraphs read studios'
 * published directories (the default); studios itself passes its own tables.
 */

/** `(select …)` of the trainer ids in the teams rooted at `roots`, the roots included. */
export const teamSql = (roots: string, table = 'studios.trainer_directory') => `(with recursive team(id) as (
    select unnest(${roots}::uuid[])
    union
    select t.id from ${table} t join team on t.parent_trainer_id = team.id
  ) select team.id from team)`;

/** `(select …)` of the studio ids rooted at `roots` and every studio below them. */
export const studioTreeSql = (roots: string, table = 'studios.studio_directory') => `(with recursive tree(id) as (
    select unnest(${roots}::uuid[])
    union
    select s.id from ${table} s join tree on s.parent_studio_id = tree.id
  ) select tree.id from tree)`;
