public enum TextAnalysis {}
