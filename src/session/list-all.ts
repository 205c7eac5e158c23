/** Botpress lists in pages; reading every page is bounded so a runaway list cannot hang an action. */
export const MAX_PAGES = 100

export const listAll = async <T>(
  fetchPage: (nextToken?: string) => Promise<{ items: T[]; nextToken?: string }>,
  maxPages = MAX_PAGES
): Promise<T[]> => {
  const all: T[] = []
  let token: string | undefined
  for (let page = 0; page < maxPages; page++) {
    const { items, nextToken } = await fetchPage(token)
    all.push(...items)
    if (!nextToken) break
    token = nextToken
  }
  return all
}
