import { useCallback, useState } from 'react'

export type ShareResult = 'shared' | 'copied' | 'failed' | null

/**
 * Shares a link with the Web Share API where the browser has it, otherwise copies it to the clipboard.
 * Returns the outcome so the control can confirm it visibly.
 */
export function useShare(): [ShareResult, (url: string, title: string) => Promise<void>] {
  const [result, setResult] = useState<ShareResult>(null)
  const share = useCallback(async (url: string, title: string) => {
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ url, title })
        setResult('shared')
      } else {
        await navigator.clipboard.writeText(url)
        setResult('copied')
      }
    } catch (error) {
      // Closing the share sheet is not a failure worth reporting.
      setResult(error instanceof DOMException && error.name === 'AbortError' ? null : 'failed')
    }
  }, [])
  return [result, share]
}
